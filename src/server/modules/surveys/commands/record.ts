import type { TAnswers, TQuestionnaire } from '../../../../shared/surveys';
import { recordAudit } from '../../../platform/audit/record';
import type { CommandContext } from '../../../platform/command';
import { AppError } from '../../../platform/errors';
import { checkAnswers } from '../questionnaire';
import { surveyResponses } from '../schema';
import type { SurveyRow } from './surveys';

export interface ResponseRecord {
  answers: TAnswers;
  submittedAt?: Date;
  unitId?: string | null;
  invitationId?: string | null;
}

/**
 * Responses collected outside the public form — an import, or the demo's 2021 surveys — checked
 * against the questionnaire version they answer exactly as a web response is, and written in one
 * go with one audit entry naming them all.
 */
export async function recordResponses(
  ctx: CommandContext,
  survey: SurveyRow,
  questionnaire: TQuestionnaire,
  version: number,
  source: 'web' | 'invitation' | 'import',
  records: ResponseRecord[],
): Promise<string[]> {
  const values = records.map((record, i) => {
    const checked = checkAnswers(questionnaire, record.answers, 'id');
    if (checked.errors.length) {
      throw new AppError('VALIDATION', { fields: checked.errors.map((e) => ({ ...e, row: i + 1 })) });
    }
    const at = record.submittedAt ?? new Date();
    return {
      id: crypto.randomUUID(),
      surveyId: survey.id,
      version,
      source,
      invitationId: record.invitationId ?? null,
      unitId: record.unitId ?? null,
      answers: checked.answers,
      lang: 'id',
      consentAt: source === 'import' ? null : at,
      submittedAt: at,
    };
  });
  for (let i = 0; i < values.length; i += 1000) await ctx.tx.insert(surveyResponses).values(values.slice(i, i + 1000));
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    meta: ctx.meta,
    action: 'create',
    entityType: 'survey_response',
    entityId: survey.id,
    unitId: survey.unitId,
    after: { surveyId: survey.id, version, source, count: values.length, ids: values.map((v) => v.id) },
  });
  return values.map((v) => v.id);
}
