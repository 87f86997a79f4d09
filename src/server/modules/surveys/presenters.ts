import type { TStudy, TSurvey, TText } from '../../../shared/surveys';
import { type SurveyRow, surveyStatus } from './commands/surveys';
import { sampleOf } from './queries/results';
import type { surveyStudies } from './schema';

/** The respondent page's address for a token (the web's public route). */
export function respondentPath(token: string): string {
  return `/s/${token}`;
}

export function presentSurvey(row: SurveyRow, responses: number): TSurvey {
  const consent = row.consent as TText;
  return {
    id: row.id,
    code: row.code,
    kind: row.kind === 'internal' ? 'internal' : 'ikm',
    title: row.title,
    titleEn: row.titleEn,
    purpose: row.purpose,
    population: row.population,
    populationSize: row.populationSize,
    marginOfError: row.marginOfError,
    year: row.year,
    quarter: row.quarter,
    series: row.series,
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    closedAt: row.closedAt?.toISOString() ?? null,
    status: surveyStatus(row),
    access: row.access === 'invitation' ? 'invitation' : 'public',
    publicPath: row.publicToken ? respondentPath(row.publicToken) : null,
    consent: { id: consent.id, en: consent.en ?? '' },
    quotas: row.quotas as TSurvey['quotas'],
    unitId: row.unitId,
    currentVersion: row.currentVersion,
    responses,
    sample: sampleOf(row, responses),
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentStudy(row: typeof surveyStudies.$inferSelect): TStudy {
  const aspects = row.aspects as { code: string; name: TText; value: number; previous?: number | null }[];
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    pollster: row.pollster,
    year: row.year,
    index: row.index,
    previousIndex: row.previousIndex,
    respondents: row.respondents,
    marginOfErrorPct: row.marginOfErrorPct,
    confidencePct: row.confidencePct,
    method: row.method,
    aspects: aspects.map((a) => ({
      code: a.code,
      name: { id: a.name.id, en: a.name.en ?? '' },
      value: a.value,
      previous: a.previous ?? null,
    })),
    evidenceFileId: row.evidenceFileId,
    evidenceLink: row.evidenceLink,
    unitId: row.unitId,
    createdAt: row.createdAt.toISOString(),
  };
}
