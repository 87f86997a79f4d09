import { and, asc, eq, lte } from 'drizzle-orm';
import type { Lang } from '../../../../shared/i18n/errors';
import type { DbOrTx } from '../../../db/types';
import { meanRating } from '../ikm';
import { textIn } from '../questionnaire';
import { surveys } from '../schema';
import { type LoadedResponse, loadSurveyData } from './load';

/**
 * Internal satisfaction (IKK5): each quarter the units rate the bureau's services on 1–4 in an
 * internal survey; the index of a period is the mean of every rating given in the quarters up
 * to it (so the year is the mean of the four quarters' ratings together), per service and per
 * quarter beside it.
 */
export async function internalSatisfaction(db: DbOrTx, year: number, upToQuarter: number, lang: Lang = 'id') {
  const rows = await db
    .select()
    .from(surveys)
    .where(and(eq(surveys.kind, 'internal'), eq(surveys.year, year), lte(surveys.quarter, upToQuarter)))
    .orderBy(asc(surveys.quarter), asc(surveys.code));
  const services = new Map<string, string>();
  const all: { survey: (typeof rows)[number]; response: LoadedResponse; ratings: (number | null | undefined)[] }[] = [];
  const quarters = [];
  for (const survey of rows) {
    const data = await loadSurveyData(db, survey);
    for (const e of data.current.elements) if (!services.has(e.code)) services.set(e.code, textIn(e.name, lang));
    const codes = data.current.elements.map((e) => e.code);
    const perService = Object.fromEntries(
      codes.map((code) => [code, meanRating(data.responses.map((r) => r.elements.satisfaction[code]))]),
    );
    const ratings = data.responses.flatMap((r) => codes.map((code) => r.elements.satisfaction[code]));
    for (const response of data.responses)
      all.push({ survey, response, ratings: codes.map((code) => response.elements.satisfaction[code]) });
    quarters.push({
      quarter: survey.quarter,
      surveyId: survey.id,
      code: survey.code,
      responses: data.responses.length,
      ...meanRating(ratings),
      services: perService,
    });
  }
  return {
    year,
    services: [...services].map(([code, name]) => ({ code, name })),
    quarters,
    total: meanRating(all.flatMap((x) => x.ratings)),
    responses: all,
  };
}
