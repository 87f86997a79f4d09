import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/types';
import type { Measure, MeasureParam } from '../performance';
import { units } from '../org';
import { internalSatisfaction } from './queries/internal';
import { loadSurveyData, scoreResponses } from './queries/load';
import { surveyStudies, surveys } from './schema';

/** The survey an indicator names by code (`{ surveyCode }`), or null when there is none. */
async function surveyByCode(db: Db, params: Record<string, unknown>) {
  const code = typeof params.surveyCode === 'string' ? params.surveyCode : null;
  if (!code) return null;
  const [row] = await db.select().from(surveys).where(eq(surveys.code, code));
  return row ?? null;
}

async function studyByCode(db: Db, params: Record<string, unknown>) {
  const code = typeof params.studyCode === 'string' ? params.studyCode : null;
  if (!code) return null;
  const [row] = await db.select().from(surveyStudies).where(eq(surveyStudies.code, code));
  return row ?? null;
}

/**
 * Choices by code from a table of yearly records: the plan year's first, then the others (a
 * survey that runs across the turn of a year is still offered).
 */
function choicesByCode(table: typeof surveys | typeof surveyStudies): MeasureParam['options'] {
  return async (db, year) => {
    const rows = await db
      .select({ code: table.code, title: table.title, year: table.year })
      .from(table)
      .orderBy(sql`${table.year} = ${year} DESC`, desc(table.year), table.code);
    return rows.map((r) => ({ value: r.code, label: `${r.code} — ${r.title} (${r.year})` }));
  };
}

const surveyParam: MeasureParam = {
  key: 'surveyCode',
  label: { id: 'Survei', en: 'Survey' },
  perYear: true,
  options: choicesByCode(surveys),
};
const studyParam: MeasureParam = {
  key: 'studyCode',
  label: { id: 'Studi', en: 'Study' },
  perYear: true,
  options: choicesByCode(surveyStudies),
};

const EMPTY: Awaited<ReturnType<Measure['records']>> = { columns: [], rows: [], total: 0 };

/**
 * IKK3 — the IKM (PermenPANRB 14/2017) of the survey the indicator names, over the responses
 * received by the end of the period. The drill-down lists exactly those responses.
 */
export const surveyIkmMeasure: Measure = {
  key: 'surveys.ikm',
  label: { id: 'Indeks kepuasan masyarakat (IKM) survei', en: 'Satisfaction index (IKM) of a survey' },
  description: {
    id: 'IKM menurut PermenPANRB 14/2017: rata-rata nilai per unsur (1–4) × bobot 1/jumlah unsur × 25, atas jawaban yang diterima sampai akhir periode. Parameter: { "surveyCode" }.',
    en: 'IKM per PermenPANRB 14/2017: each element’s mean answer (1–4) × weight 1/elements × 25, over the responses received by the end of the period. Parameters: { "surveyCode" }.',
  },
  unit: 'indeks',
  params: [surveyParam],
  async compute(db, period, params) {
    const survey = await surveyByCode(db, params);
    if (!survey) return { value: null };
    const data = await loadSurveyData(db, survey, period.to);
    const { ikm } = scoreResponses(data.current, data.responses);
    return { value: ikm.ikm, numerator: ikm.weightedNrr, denominator: ikm.respondents };
  },
  async records(db, period, params, page) {
    const survey = await surveyByCode(db, params);
    if (!survey) return EMPTY;
    const data = await loadSurveyData(db, survey, period.to);
    const codes = data.current.elements.map((e) => e.code);
    const rows = data.responses.slice(page.offset, page.offset + page.limit).map((r, i) => {
      const row: Record<string, string | number | null> = {
        no: page.offset + i + 1,
        id: r.id,
        submittedAt: r.submittedAt.toISOString(),
        source: r.source,
      };
      for (const code of codes) row[code] = r.elements.satisfaction[code] ?? null;
      return row;
    });
    return {
      columns: [
        { key: 'no', label: { id: 'No', en: 'No' } },
        { key: 'submittedAt', label: { id: 'Diterima', en: 'Received' } },
        { key: 'source', label: { id: 'Sumber', en: 'Source' } },
        ...data.current.elements.map((e) => ({
          key: e.code,
          label: { id: `${e.code} ${e.name.id}`, en: `${e.code} ${e.name.en || e.name.id}` },
        })),
      ],
      rows,
      total: data.responses.length,
    };
  },
};

/** IKK4 — a pollster's national index, entered as the study's aggregate result with its evidence. */
export const aggregateIndexMeasure: Measure = {
  key: 'surveys.aggregate_index',
  label: { id: 'Indeks dari studi (hasil agregat)', en: 'Index of a study (aggregate results)' },
  description: {
    id: 'Indeks nasional sebuah studi lembaga survei yang dimasukkan sebagai hasil agregat dengan bukti studinya. Parameter: { "studyCode" }.',
    en: 'The national index of a pollster’s study, entered as aggregate results with the study as evidence. Parameters: { "studyCode" }.',
  },
  unit: 'indeks',
  params: [studyParam],
  async compute(db, _period, params) {
    const study = await studyByCode(db, params);
    return { value: study?.index ?? null };
  },
  async records(db, _period, params, page) {
    const study = await studyByCode(db, params);
    if (!study) return EMPTY;
    const aspects = study.aspects as { code: string; name: { id: string; en: string }; value: number; previous: number | null }[];
    const evidence = study.evidenceLink ?? (study.evidenceFileId ? `/api/files/${study.evidenceFileId}/download` : null);
    const all = [
      {
        item: `${study.code} — ${study.title}`,
        kind: 'index',
        value: study.index,
        previous: study.previousIndex,
        respondents: study.respondents,
        evidence,
      },
      ...aspects.map((a) => ({ item: a.name.id, kind: 'aspect', value: a.value, previous: a.previous, respondents: null, evidence: null })),
    ];
    return {
      columns: [
        { key: 'item', label: { id: 'Studi / aspek', en: 'Study / aspect' } },
        { key: 'value', label: { id: `Indeks ${study.year}`, en: `Index ${study.year}` } },
        { key: 'previous', label: { id: `Indeks ${study.year - 1}`, en: `Index ${study.year - 1}` } },
        { key: 'respondents', label: { id: 'Responden', en: 'Respondents' } },
        { key: 'evidence', label: { id: 'Bukti', en: 'Evidence' } },
      ],
      rows: all.slice(page.offset, page.offset + page.limit),
      total: all.length,
    };
  },
};

/** IKK5 — the mean rating (1–4) of the bureau's services in the internal surveys of the quarters up to the period. */
export const internalSatisfactionMeasure: Measure = {
  key: 'surveys.internal_satisfaction',
  label: { id: 'Indeks kepuasan internal (1–4)', en: 'Internal satisfaction index (1–4)' },
  description: {
    id: 'Rata-rata seluruh penilaian unit (skala 1–4) atas layanan biro dalam survei internal triwulan I sampai triwulan periode.',
    en: 'The mean of every rating (1–4) the units gave the bureau’s services in the internal surveys of the quarters up to the period.',
  },
  unit: 'indeks (1–4)',
  async compute(db, period) {
    const result = await internalSatisfaction(db, period.year, period.period === 0 ? 4 : period.period);
    return { value: result.total.mean, numerator: result.total.sum, denominator: result.total.count };
  },
  async records(db, period, _params, page) {
    const result = await internalSatisfaction(db, period.year, period.period === 0 ? 4 : period.period);
    const codes = result.services.map((s) => s.code);
    const unitNames = new Map((await db.select({ id: units.id, name: units.name }).from(units)).map((u) => [u.id, u.name]));
    const rows = result.responses.slice(page.offset, page.offset + page.limit).map(({ survey, response }) => {
      const row: Record<string, string | number | null> = {
        survey: survey.code,
        quarter: survey.quarter,
        unit: response.unitId ? (unitNames.get(response.unitId) ?? null) : null,
        submittedAt: response.submittedAt.toISOString(),
      };
      for (const code of codes) row[code] = response.elements.satisfaction[code] ?? null;
      return row;
    });
    return {
      columns: [
        { key: 'survey', label: { id: 'Survei', en: 'Survey' } },
        { key: 'quarter', label: { id: 'Triwulan', en: 'Quarter' } },
        { key: 'unit', label: { id: 'Unit penilai', en: 'Rating unit' } },
        { key: 'submittedAt', label: { id: 'Diterima', en: 'Received' } },
        ...result.services.map((s) => ({ key: s.code, label: { id: `${s.code} ${s.name}`, en: `${s.code} ${s.name}` } })),
      ],
      rows,
      total: result.responses.length,
    };
  },
};

export const SURVEY_MEASURES: Measure[] = [surveyIkmMeasure, aggregateIndexMeasure, internalSatisfactionMeasure];
