import { and, desc, eq, lt } from 'drizzle-orm';
import type { Lang } from '../../../../shared/i18n/errors';
import type { TQuestion } from '../../../../shared/surveys';
import type { DbOrTx } from '../../../db/types';
import { AppError } from '../../../platform/errors';
import type { SurveyRow } from '../commands/surveys';
import { QUADRANT_LABELS } from '../importance';
import { questionsOf, textIn } from '../questionnaire';
import { krejcieMorgan, slovin } from '../sample-size';
import { surveys } from '../schema';
import { type LoadedResponse, loadSurveyData, type SurveyData, scoreResponses } from './load';

type ChoiceQuestion = Extract<TQuestion, { type: 'single' | 'multiple' }>;

function choiceQuestions(data: SurveyData): ChoiceQuestion[] {
  return questionsOf(data.current).filter((q): q is ChoiceQuestion => q.type === 'single' || q.type === 'multiple');
}

function chose(response: LoadedResponse, question: string, option: string): boolean {
  const value = response.answers[question];
  return Array.isArray(value) ? value.includes(option) : value === option;
}

/** The index per option of a choice question (demographic breakdown), each with its respondents. */
function breakdown(data: SurveyData, questionCode: string, lang: Lang) {
  const question = choiceQuestions(data).find((q) => q.code === questionCode);
  if (!question) {
    throw new AppError('VALIDATION', {
      fields: [
        { path: 'by', message: lang === 'en' ? 'Not a choice question of this survey.' : 'Bukan pertanyaan pilihan pada survei ini.' },
      ],
    });
  }
  const groups = question.options.map((option) => {
    const score = scoreResponses(
      data.current,
      data.responses.filter((r) => chose(r, question.code, option.value)),
    );
    return {
      option: option.value,
      label: textIn(option.label, lang),
      respondents: score.ikm.respondents,
      ikm: score.ikm.ikm,
      quality: score.ikm.quality,
      mean: score.ratings.mean,
      elements: score.ikm.elements.map((e) => ({ code: e.code, nrr: e.nrr, index: e.index })),
    };
  });
  const unanswered = data.responses.filter((r) => !question.options.some((o) => chose(r, question.code, o.value)));
  return { question: question.code, text: textIn(question.text, lang), groups, unanswered: unanswered.length };
}

/** How the respondents spread over each demographic question's options. */
function demographics(data: SurveyData, lang: Lang) {
  const total = data.responses.length;
  return choiceQuestions(data)
    .filter((q) => q.demographic)
    .map((q) => ({
      question: q.code,
      text: textIn(q.text, lang),
      options: q.options.map((o) => {
        const n = data.responses.filter((r) => chose(r, q.code, o.value)).length;
        return { value: o.value, label: textIn(o.label, lang), count: n, pct: total ? (n / total) * 100 : 0 };
      }),
    }));
}

/** The same series' survey of the year before (or of the quarter before, for quarterly series). */
export async function previousSurvey(db: DbOrTx, survey: SurveyRow): Promise<SurveyRow | null> {
  if (!survey.series) return null;
  const [row] = await db
    .select()
    .from(surveys)
    .where(and(eq(surveys.series, survey.series), eq(surveys.kind, survey.kind), lt(surveys.year, survey.year)))
    .orderBy(desc(surveys.year), desc(surveys.quarter))
    .limit(1);
  return row ?? null;
}

export function sampleOf(survey: SurveyRow, collected: number) {
  const size = survey.populationSize;
  const margin = survey.marginOfError;
  const km = size && margin ? krejcieMorgan(size, margin) : null;
  return {
    krejcieMorgan: km,
    slovin: size && margin ? slovin(size, margin) : null,
    progressPct: km ? (collected / km) * 100 : null,
  };
}

/** Everything the results page shows: the index, each element, the diagram, breakdowns, the year before. */
export async function surveyResults(db: DbOrTx, survey: SurveyRow, lang: Lang, options: { by?: string } = {}) {
  const data = await loadSurveyData(db, survey);
  const score = scoreResponses(data.current, data.responses, data.versions);
  const names = new Map(data.current.elements.map((e) => [e.code, textIn(e.name, lang)]));
  const importance = new Map(score.importance?.elements.map((e) => [e.code, e]) ?? []);
  const prior = await previousSurvey(db, survey);
  const priorScore = prior
    ? await loadSurveyData(db, prior).then((d) => ({ data: d, score: scoreResponses(d.current, d.responses) }))
    : null;
  const priorIndex = new Map(priorScore?.score.ikm.elements.map((e) => [e.code, e.index]) ?? []);
  return {
    survey: { id: survey.id, code: survey.code, kind: survey.kind, title: survey.title, year: survey.year, quarter: survey.quarter },
    responses: data.responses.length,
    respondents: score.ikm.respondents,
    weightedNrr: score.ikm.weightedNrr,
    ikm: score.ikm.ikm,
    quality: score.ikm.quality,
    performance: score.ikm.performance ? score.ikm.performance[lang] : null,
    highest: score.ikm.highest,
    lowest: score.ikm.lowest,
    meanRating: score.ratings.mean,
    ratings: score.ratings.count,
    elements: score.ikm.elements.map((e) => {
      const c = importance.get(e.code);
      return {
        code: e.code,
        name: names.get(e.code) ?? e.code,
        answers: e.answers,
        missing: e.missing,
        sum: e.sum,
        nrr: e.nrr,
        index: e.index,
        weight: e.weight,
        weightedNrr: e.weightedNrr,
        expectationAnswers: c?.expectationAnswers ?? 0,
        expectationNrr: c?.expectationNrr ?? null,
        expectationIndex: c?.expectationIndex ?? null,
        gap: c?.gap ?? null,
        conformity: c?.conformity ?? null,
        quadrant: c?.quadrant ?? null,
        previousIndex: priorIndex.get(e.code) ?? null,
      };
    }),
    axes: score.importance?.axes ?? null,
    conformity: score.importance?.conformity ?? null,
    quadrants: Object.fromEntries(Object.entries(QUADRANT_LABELS).map(([k, v]) => [k, v[lang]])),
    demographics: demographics(data, lang),
    breakdown: options.by ? breakdown(data, options.by, lang) : null,
    previous: priorScore
      ? {
          id: prior!.id,
          code: prior!.code,
          year: prior!.year,
          respondents: priorScore.score.ikm.respondents,
          ikm: priorScore.score.ikm.ikm,
          quality: priorScore.score.ikm.quality,
          meanRating: priorScore.score.ratings.mean,
        }
      : null,
    sample: { ...sampleOf(survey, data.responses.length), populationSize: survey.populationSize, marginOfError: survey.marginOfError },
  };
}

export type SurveyResults = Awaited<ReturnType<typeof surveyResults>>;
