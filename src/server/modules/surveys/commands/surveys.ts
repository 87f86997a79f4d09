import { and, count, eq, sql } from 'drizzle-orm';
import { todayIn } from '../../../../shared/format';
import type { TCreateSurveyRequest, TQuestionnaire, TText, TUpdateSurveyRequest } from '../../../../shared/surveys';
import type { DbOrTx } from '../../../db/types';
import { recordAudit } from '../../../platform/audit/record';
import type { CommandContext } from '../../../platform/command';
import { AppError, type FieldError } from '../../../platform/errors';
import { units } from '../../org';
import { newToken } from '../protection';
import { questionsOf } from '../questionnaire';
import { surveyQuestionnaires, surveyResponses, surveys } from '../schema';

export type SurveyRow = typeof surveys.$inferSelect;

/** The consent notice shown before the questions unless the survey words its own (UU 27/2022). */
export const DEFAULT_CONSENT: TText = {
  id: 'Saya bersedia mengisi survei ini secara sukarela. Jawaban saya dipakai hanya untuk mengukur dan memperbaiki layanan, diolah tanpa nama, dan tidak dibagikan kepada pihak lain.',
  en: 'I agree to answer this survey voluntarily. My answers are used only to measure and improve the service, processed without my name, and not shared with anyone else.',
};

const invalid = (fields: FieldError[]) => new AppError('VALIDATION', { fields });

/**
 * Serializes the writes of one survey (responses, questionnaire edits) until the transaction
 * ends, so that quota counts, single-use invitations and "not answered yet" are checked on data
 * nobody else is changing at the same moment.
 */
export async function lockSurvey(tx: DbOrTx, surveyId: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(727100, hashtext(${surveyId}))`);
}

export async function getSurvey(tx: DbOrTx, id: string): Promise<SurveyRow> {
  const [row] = await tx.select().from(surveys).where(eq(surveys.id, id));
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** Open from the first day to the last, in Jakarta, unless closed early. */
export function surveyStatus(
  survey: Pick<SurveyRow, 'opensOn' | 'closesOn' | 'closedAt'>,
  now = new Date(),
): 'scheduled' | 'open' | 'closed' {
  const today = todayIn(undefined, now);
  if (survey.closedAt || today > survey.closesOn) return 'closed';
  return today < survey.opensOn ? 'scheduled' : 'open';
}

/** Quotas must name a choice question of the questionnaire and one of its options. */
function checkQuotas(quotas: { question: string; option: string }[], q: TQuestionnaire): FieldError[] {
  const questions = questionsOf(q);
  return quotas.flatMap((quota, i) => {
    const question = questions.find((x) => x.code === quota.question);
    if (question?.type !== 'single' || !question.options.some((o) => o.value === quota.option)) {
      return [
        {
          path: `quotas.${i}`,
          message: `Kuota harus memakai pilihan dari pertanyaan pilihan tunggal. / A quota needs an option of a single-choice question: ${quota.question}=${quota.option}`,
        },
      ];
    }
    return [];
  });
}

async function checkUnit(tx: DbOrTx, unitId: string | null | undefined) {
  if (!unitId) return;
  const [unit] = await tx.select({ id: units.id }).from(units).where(eq(units.id, unitId));
  if (!unit) throw invalid([{ path: 'unitId', message: 'Unit tidak ditemukan. / Unknown unit.' }]);
}

export async function createSurvey(ctx: CommandContext, input: TCreateSurveyRequest): Promise<SurveyRow> {
  const [clash] = await ctx.tx.select({ id: surveys.id }).from(surveys).where(eq(surveys.code, input.code));
  if (clash)
    throw new AppError('DUPLICATE', {
      params: { field: `Kode survei / survey code ${input.code}` },
      fields: [{ path: 'code', message: input.code }],
    });
  await checkUnit(ctx.tx, input.unitId);
  const quotaErrors = checkQuotas(input.quotas, input.questionnaire);
  if (quotaErrors.length) throw invalid(quotaErrors);
  const { questionnaire, ...fields } = input;
  const [row] = await ctx.tx
    .insert(surveys)
    .values({
      id: crypto.randomUUID(),
      ...fields,
      titleEn: fields.titleEn ?? null,
      populationSize: fields.populationSize ?? null,
      marginOfError: fields.marginOfError ?? null,
      quarter: fields.quarter ?? null,
      series: fields.series ?? null,
      unitId: fields.unitId ?? ctx.actor?.unitId ?? null,
      consent: fields.consent ?? DEFAULT_CONSENT,
      publicToken: fields.access === 'public' ? newToken() : null,
      currentVersion: 1,
      createdBy: ctx.actor?.id ?? null,
    })
    .returning();
  await ctx.tx.insert(surveyQuestionnaires).values({
    id: crypto.randomUUID(),
    surveyId: row!.id,
    version: 1,
    definition: questionnaire,
    createdBy: ctx.actor?.id ?? null,
  });
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    meta: ctx.meta,
    action: 'create',
    entityType: 'survey',
    entityId: row!.id,
    unitId: row!.unitId,
    after: { ...row, publicToken: row!.publicToken ? '(set)' : null, questionnaire },
  });
  return row!;
}

export async function updateSurvey(ctx: CommandContext, id: string, input: TUpdateSurveyRequest): Promise<SurveyRow> {
  const before = await getSurvey(ctx.tx, id);
  const { closed, ...fields } = input;
  const opensOn = fields.opensOn ?? before.opensOn;
  const closesOn = fields.closesOn ?? before.closesOn;
  if (opensOn > closesOn) throw invalid([{ path: 'closesOn', message: 'Tanggal tutup sebelum tanggal buka. / Closes before it opens.' }]);
  if (fields.unitId !== undefined) await checkUnit(ctx.tx, fields.unitId);
  if (fields.quotas) {
    const quotaErrors = checkQuotas(fields.quotas, await currentQuestionnaire(ctx.tx, before));
    if (quotaErrors.length) throw invalid(quotaErrors);
  }
  const access = fields.access ?? before.access;
  const [after] = await ctx.tx
    .update(surveys)
    .set({
      ...fields,
      // A public survey keeps its link; turning it into invitation-only withdraws the link.
      publicToken: access === 'public' ? (before.publicToken ?? newToken()) : null,
      ...(closed === true ? { closedAt: before.closedAt ?? new Date() } : closed === false ? { closedAt: null } : {}),
      updatedAt: new Date(),
    })
    .where(eq(surveys.id, id))
    .returning();
  const hide = (r: SurveyRow) => ({ ...r, publicToken: r.publicToken ? '(set)' : null });
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    meta: ctx.meta,
    action: closed === true && !before.closedAt ? 'transition' : 'update',
    entityType: 'survey',
    entityId: id,
    unitId: after!.unitId,
    before: hide(before),
    after: hide(after!),
  });
  return after!;
}

export async function currentQuestionnaire(tx: DbOrTx, survey: SurveyRow): Promise<TQuestionnaire> {
  const [row] = await tx
    .select({ definition: surveyQuestionnaires.definition })
    .from(surveyQuestionnaires)
    .where(and(eq(surveyQuestionnaires.surveyId, survey.id), eq(surveyQuestionnaires.version, survey.currentVersion)));
  return row!.definition as TQuestionnaire;
}

async function answersTo(tx: DbOrTx, surveyId: string, version: number): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.version, version)));
  return row?.n ?? 0;
}

/**
 * Edits the current questionnaire in place — only while nobody has answered it: an answered
 * version is evidence of what respondents were asked, so a change becomes a new version.
 */
export async function replaceQuestionnaire(ctx: CommandContext, id: string, questionnaire: TQuestionnaire) {
  const survey = await getSurvey(ctx.tx, id);
  // A response arriving meanwhile waits for this lock, then answers the new text.
  await lockSurvey(ctx.tx, id);
  const [current] = await ctx.tx
    .select()
    .from(surveyQuestionnaires)
    .where(and(eq(surveyQuestionnaires.surveyId, id), eq(surveyQuestionnaires.version, survey.currentVersion)));
  if ((await answersTo(ctx.tx, id, survey.currentVersion)) > 0) {
    throw new AppError('QUESTIONNAIRE_ANSWERED', { params: { version: survey.currentVersion } });
  }
  const quotaErrors = checkQuotas(survey.quotas as { question: string; option: string }[], questionnaire);
  if (quotaErrors.length) throw invalid(quotaErrors);
  await ctx.tx.update(surveyQuestionnaires).set({ definition: questionnaire }).where(eq(surveyQuestionnaires.id, current!.id));
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    meta: ctx.meta,
    action: 'update',
    entityType: 'survey_questionnaire',
    entityId: current!.id,
    unitId: survey.unitId,
    before: current!.definition,
    after: questionnaire,
  });
  return { version: survey.currentVersion };
}

/** A new version of the questionnaire; earlier answers stay with the version they answered. */
export async function addQuestionnaireVersion(ctx: CommandContext, id: string, questionnaire: TQuestionnaire) {
  const survey = await getSurvey(ctx.tx, id);
  const quotaErrors = checkQuotas(survey.quotas as { question: string; option: string }[], questionnaire);
  if (quotaErrors.length) throw invalid(quotaErrors);
  const version = survey.currentVersion + 1;
  const [row] = await ctx.tx
    .insert(surveyQuestionnaires)
    .values({ id: crypto.randomUUID(), surveyId: id, version, definition: questionnaire, createdBy: ctx.actor?.id ?? null })
    .returning();
  await ctx.tx.update(surveys).set({ currentVersion: version, updatedAt: new Date() }).where(eq(surveys.id, id));
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    meta: ctx.meta,
    action: 'create',
    entityType: 'survey_questionnaire',
    entityId: row!.id,
    unitId: survey.unitId,
    after: { version, questionnaire },
  });
  return { version };
}
