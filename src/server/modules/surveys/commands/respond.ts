import { and, count, eq, gt, sql } from 'drizzle-orm';
import { formatDate } from '../../../../shared/format';
import type { Lang } from '../../../../shared/i18n/errors';
import type { TAnswers, TQuestionnaire, TSubmitResponseRequest } from '../../../../shared/surveys';
import type { Db, DbOrTx } from '../../../db/types';
import { recordAudit } from '../../../platform/audit/record';
import type { RequestMeta } from '../../../platform/context';
import { AppError } from '../../../platform/errors';
import { addressHash, countSubmission, DUPLICATE_WINDOW_MS, fingerprintOf, hashToken } from '../protection';
import { checkAnswers, questionsOf, textIn } from '../questionnaire';
import { surveyInvitations, surveyQuestionnaires, surveyResponses, surveys } from '../schema';
import { lockSurvey, type SurveyRow, surveyStatus } from './surveys';

type InvitationRow = typeof surveyInvitations.$inferSelect;

/** The survey a link opens: its public token, or a personal invitation's token. */
export async function resolveToken(db: DbOrTx, token: string): Promise<{ survey: SurveyRow; invitation: InvitationRow | null }> {
  if (!/^[A-Za-z0-9_-]{32,100}$/.test(token)) throw new AppError('NOT_FOUND');
  const [bySurvey] = await db.select().from(surveys).where(eq(surveys.publicToken, token));
  if (bySurvey) return { survey: bySurvey, invitation: null };
  const [invitation] = await db
    .select()
    .from(surveyInvitations)
    .where(eq(surveyInvitations.tokenHash, hashToken(token)));
  if (!invitation) throw new AppError('NOT_FOUND');
  const [survey] = await db.select().from(surveys).where(eq(surveys.id, invitation.surveyId));
  if (!survey) throw new AppError('NOT_FOUND');
  return { survey, invitation };
}

/** Refuses a survey that is not taking answers now, saying when it opens. */
export function assertOpen(survey: SurveyRow, lang: Lang, now = new Date()) {
  const status = surveyStatus(survey, now);
  if (status === 'closed') throw new AppError('SURVEY_CLOSED');
  if (status === 'scheduled') throw new AppError('SURVEY_NOT_OPEN', { params: { date: formatDate(survey.opensOn, lang) } });
}

async function checkQuotas(tx: DbOrTx, survey: SurveyRow, q: TQuestionnaire, answers: TAnswers, lang: Lang) {
  const quotas = survey.quotas as { question: string; option: string; max: number }[];
  for (const quota of quotas) {
    if (answers[quota.question] !== quota.option) continue;
    const [row] = await tx
      .select({ n: count() })
      .from(surveyResponses)
      .where(and(eq(surveyResponses.surveyId, survey.id), sql`${surveyResponses.answers}->>${quota.question} = ${quota.option}`));
    if ((row?.n ?? 0) >= quota.max) {
      const question = questionsOf(q).find((x) => x.code === quota.question);
      const option =
        question && question.type !== 'likert' && question.type !== 'text'
          ? question.options.find((o) => o.value === quota.option)
          : undefined;
      const detail =
        question && option ? `${textIn(question.text, lang)}: ${textIn(option.label, lang)}` : `${quota.question}=${quota.option}`;
      throw new AppError('SURVEY_QUOTA_FULL', { params: { detail } });
    }
  }
}

export interface SubmitResult {
  /** False for a submission the honeypot caught: answered like a success, stored nowhere. */
  stored: boolean;
  id: string | null;
}

/**
 * A respondent's answers through a public link or an invitation. In order: the rate limit
 * (counted even when refused), the honeypot, the survey being open, then — under the survey's
 * lock — the version, every answer and consent, the invitation's single use, a resubmission from
 * the same address, and the quotas. Any refusal stores nothing.
 */
export async function submitResponse(
  db: Db,
  input: { token: string; request: TSubmitResponseRequest; meta: RequestMeta; lang: Lang; now?: Date },
): Promise<SubmitResult> {
  const { request, lang } = input;
  const now = input.now ?? new Date();
  const { survey, invitation } = await resolveToken(db, input.token);
  const address = await addressHash(db, input.meta.ip);
  await countSubmission(db, address, now);
  // A robot that filled the hidden field is told nothing: it sees the usual answer.
  if (request.website.trim() !== '') return { stored: false, id: null };
  assertOpen(survey, lang, now);
  return db.transaction(async (tx) => {
    await lockSurvey(tx, survey.id);
    const [version] = await tx
      .select()
      .from(surveyQuestionnaires)
      .where(and(eq(surveyQuestionnaires.surveyId, survey.id), eq(surveyQuestionnaires.version, request.version)));
    if (!version) {
      throw new AppError('VALIDATION', {
        fields: [
          {
            path: 'version',
            message: lang === 'en' ? 'Reload the page: the questionnaire has changed.' : 'Muat ulang halaman: kuesioner telah berubah.',
          },
        ],
      });
    }
    const questionnaire = version.definition as TQuestionnaire;
    const checked = checkAnswers(questionnaire, request.answers, lang);
    // Consent is reported with the answers, so the respondent sees every problem at once.
    if (!request.consent) {
      checked.errors.push({
        path: 'consent',
        message: lang === 'en' ? 'Please agree to the notice before sending.' : 'Centang persetujuan sebelum mengirim.',
      });
    }
    if (checked.errors.length) throw new AppError('VALIDATION', { fields: checked.errors });
    if (invitation) {
      const [fresh] = await tx
        .select({ usedAt: surveyInvitations.usedAt })
        .from(surveyInvitations)
        .where(eq(surveyInvitations.id, invitation.id));
      if (fresh?.usedAt) throw new AppError('INVITATION_USED');
    }
    const fingerprint = fingerprintOf(survey.id, address, checked.answers);
    if (!invitation) {
      const [same] = await tx
        .select({ id: surveyResponses.id })
        .from(surveyResponses)
        .where(
          and(
            eq(surveyResponses.surveyId, survey.id),
            eq(surveyResponses.fingerprint, fingerprint),
            gt(surveyResponses.submittedAt, new Date(now.getTime() - DUPLICATE_WINDOW_MS)),
          ),
        )
        .limit(1);
      if (same) throw new AppError('SURVEY_DUPLICATE');
    }
    await checkQuotas(tx, survey, questionnaire, checked.answers, lang);
    const [row] = await tx
      .insert(surveyResponses)
      .values({
        id: crypto.randomUUID(),
        surveyId: survey.id,
        version: request.version,
        source: invitation ? 'invitation' : 'web',
        invitationId: invitation?.id ?? null,
        unitId: invitation?.unitId ?? null,
        answers: checked.answers,
        lang: request.lang,
        consentAt: now,
        fingerprint,
        submittedAt: now,
      })
      .returning({ id: surveyResponses.id });
    if (invitation) await tx.update(surveyInvitations).set({ usedAt: now }).where(eq(surveyInvitations.id, invitation.id));
    // The respondent is anonymous: the audit entry names no person and keeps no address.
    await recordAudit(tx, {
      actor: null,
      actorLabel: 'responden / respondent',
      meta: { ...input.meta, ip: null, userAgent: null },
      action: 'create',
      entityType: 'survey_response',
      entityId: row!.id,
      unitId: survey.unitId,
      after: { surveyId: survey.id, version: request.version, source: invitation ? 'invitation' : 'web', answers: checked.answers },
    });
    return { stored: true, id: row!.id };
  });
}
