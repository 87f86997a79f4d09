import { and, asc, eq, lte } from 'drizzle-orm';
import type { TAnswers, TQuestionnaire } from '../../../../shared/surveys';
import type { DbOrTx } from '../../../db/types';
import type { SurveyRow } from '../commands/surveys';
import { computeIkm, type IkmResult, meanRating } from '../ikm';
import { analyseImportance, type ImportanceAnalysis } from '../importance';
import { type ElementAnswers, elementAnswers, hasExpectations } from '../questionnaire';
import { surveyQuestionnaires, surveyResponses } from '../schema';

export interface LoadedResponse {
  id: string;
  version: number;
  source: string;
  unitId: string | null;
  submittedAt: Date;
  answers: TAnswers;
  elements: ElementAnswers;
}

export interface SurveyData {
  survey: SurveyRow;
  /** Every version, by number; the current one gives the element order and names. */
  versions: Map<number, TQuestionnaire>;
  current: TQuestionnaire;
  responses: LoadedResponse[];
}

/** The last moment of a day in Jakarta (UTC+7, no daylight saving): a period's upper bound. */
export function endOfDayJakarta(day: string): Date {
  return new Date(`${day}T23:59:59.999+07:00`);
}

/**
 * A survey's questionnaires and responses, each response's answers mapped to elements through
 * the version it answered. `upTo` (a day, inclusive) limits the responses to those submitted by
 * then, for an indicator's period.
 */
export async function loadSurveyData(db: DbOrTx, survey: SurveyRow, upTo?: string): Promise<SurveyData> {
  const versionRows = await db
    .select({ version: surveyQuestionnaires.version, definition: surveyQuestionnaires.definition })
    .from(surveyQuestionnaires)
    .where(eq(surveyQuestionnaires.surveyId, survey.id));
  const versions = new Map(versionRows.map((v) => [v.version, v.definition as TQuestionnaire]));
  const where = upTo
    ? and(eq(surveyResponses.surveyId, survey.id), lte(surveyResponses.submittedAt, endOfDayJakarta(upTo)))
    : eq(surveyResponses.surveyId, survey.id);
  const rows = await db
    .select({
      id: surveyResponses.id,
      version: surveyResponses.version,
      source: surveyResponses.source,
      unitId: surveyResponses.unitId,
      submittedAt: surveyResponses.submittedAt,
      answers: surveyResponses.answers,
    })
    .from(surveyResponses)
    .where(where)
    .orderBy(asc(surveyResponses.submittedAt), asc(surveyResponses.id));
  const responses = rows.map((r) => {
    const answers = r.answers as TAnswers;
    const q = versions.get(r.version);
    return { ...r, answers, elements: q ? elementAnswers(q, answers) : { satisfaction: {}, expectation: {} } };
  });
  return { survey, versions, current: versions.get(survey.currentVersion)!, responses };
}

export interface SurveyScore {
  codes: string[];
  ikm: IkmResult;
  /** All satisfaction ratings together: the internal satisfaction index (mean on 1–4). */
  ratings: { count: number; sum: number; mean: number | null };
  importance: ImportanceAnalysis | null;
}

/** The index of some of a survey's responses, on the current version's elements, in its order. */
export function scoreResponses(
  current: TQuestionnaire,
  responses: readonly LoadedResponse[],
  versions?: Map<number, TQuestionnaire>,
): SurveyScore {
  const codes = current.elements.map((e) => e.code);
  const satisfaction = responses.map((r) => r.elements.satisfaction);
  const ikm = computeIkm(codes, satisfaction);
  const ratings = meanRating(satisfaction.flatMap((row) => codes.map((code) => row[code])));
  const withExpectations = hasExpectations(current) || [...(versions?.values() ?? [])].some(hasExpectations);
  const importance = withExpectations
    ? analyseImportance(
        codes,
        responses.map((r) => r.elements),
      )
    : null;
  return { codes, ikm, ratings, importance };
}
