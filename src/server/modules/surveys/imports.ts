import { z } from 'zod';
import type { Lang } from '../../../shared/i18n/errors';
import type { TAnswers, TQuestion, TQuestionnaire } from '../../../shared/surveys';
import { AppError } from '../../platform/errors';
import { cell, defineImport, type ImportDefinition, type ImportIssue } from '../../platform/imports';
import type { ImportColumn } from '../../platform/imports/types';
import type { RawTable } from '../../platform/imports/parse';
import { recordResponses } from './commands/record';
import type { SurveyRow } from './commands/surveys';
import { surveysPolicy } from './policy';
import { checkAnswers, questionsOf } from './questionnaire';

/**
 * The kind of a survey's response import: one per survey and questionnaire version, so a preview
 * commits only into its own survey, and not after the questionnaire has changed under it.
 */
export const responseImportKind = (survey: SurveyRow) => `survey-responses:${survey.id}:v${survey.currentVersion}`;

const EXPECTATION = { id: 'harapan', en: 'expectation' };

/** A parsed row as answers: empty cells are unanswered questions. */
function toAnswers(data: Record<string, unknown>): TAnswers {
  const answers: TAnswers = {};
  for (const [k, v] of Object.entries(data)) if (v !== null && v !== undefined) answers[k] = v as TAnswers[string];
  return answers;
}

/** Several options in one cell: `a; b` or `a, b`. */
function multipleChoice(options: Map<string, string>) {
  return z.union([z.string(), z.number(), z.boolean()]).transform((v, ctx) => {
    const chosen = String(v)
      .split(/[;,]/)
      .map((x) => x.trim().toLowerCase())
      .filter(Boolean);
    const values = chosen.map((x) => options.get(x));
    if (values.some((x) => x === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'option', params: { i18n: 'choice', values: [...new Set(options.values())].join(', ') } });
      return z.NEVER;
    }
    return [...new Set(values as string[])];
  });
}

/** The column of one question: Likert items by element code, the rest by question code. */
function columnFor(question: TQuestion): ImportColumn {
  switch (question.type) {
    case 'likert': {
      const header =
        question.dimension === 'expectation'
          ? { id: `${question.element} ${EXPECTATION.id}`, en: `${question.element} ${EXPECTATION.en}` }
          : { id: question.element, en: question.element };
      return {
        key: question.code,
        header,
        aliases: [question.code],
        required: false,
        schema: cell.integer({ min: 1, max: 4 }),
        hint: { id: '1–4; kosong = tidak dijawab.', en: '1–4; empty = not answered.' },
      };
    }
    case 'single':
    case 'multiple': {
      const options = new Map<string, string>();
      for (const o of question.options) for (const k of [o.value, o.label.id, o.label.en]) if (k) options.set(k.toLowerCase(), o.value);
      return {
        key: question.code,
        header: { id: question.code, en: question.code },
        required: false,
        schema: question.type === 'single' ? cell.choice(Object.fromEntries(options)) : multipleChoice(options),
        hint: { id: question.options.map((o) => o.value).join(', '), en: question.options.map((o) => o.value).join(', ') },
      };
    }
    case 'text':
      return {
        key: question.code,
        header: { id: question.code, en: question.code },
        required: false,
        schema: cell.text({ max: question.maxLength }),
      };
  }
}

/**
 * The import of respondent-level answers into one survey, built from its current questionnaire:
 * a column per Likert item (`U1`, and `U1 harapan` for an expectation item), per choice question
 * (the option's code or its label) and per text question (the question's code). Empty cells are
 * unanswered questions. Rows answer the current version and are stored as that version's.
 */
export function responsesImport(survey: SurveyRow, q: TQuestionnaire): ImportDefinition<Record<string, unknown>> {
  const columns = questionsOf(q).map(columnFor);
  return defineImport<Record<string, unknown>>({
    kind: responseImportKind(survey),
    title: { id: `Jawaban ${survey.code}`, en: `Responses ${survey.code}` },
    can: (actor) => surveysPolicy['surveys.manage'](actor, survey),
    columns,
    maxRows: 20_000,
    // The questionnaire's own rules (required questions) apply to imported rows as to web answers.
    async check(_ctx, rows) {
      const issues: ImportIssue[] = [];
      for (const { row, data } of rows) {
        const answers = toAnswers(data);
        const en = checkAnswers(q, answers, 'en').errors;
        checkAnswers(q, answers, 'id').errors.forEach((e, i) => {
          issues.push({ row, column: e.path.replace(/^answers\./, ''), message: { id: e.message, en: en[i]?.message ?? e.message } });
        });
      }
      return issues;
    },
    async commit(ctx, rows) {
      const records = rows.map(({ data }) => ({ answers: toAnswers(data) }));
      await recordResponses(ctx, survey, q, survey.currentVersion, 'import', records);
    },
  });
}

const normalize = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');

/**
 * The pipeline takes a column left out as unanswered; for the index that would silently drop an
 * element, so a file without a column for each satisfaction element is refused first, naming them.
 */
export function assertElementColumns(table: RawTable, q: TQuestionnaire, lang: Lang) {
  const present = new Set(table.headers.map(normalize));
  const missing = questionsOf(q)
    .filter((x) => x.type === 'likert' && x.dimension === 'satisfaction')
    .filter((x) => x.type === 'likert' && !present.has(normalize(x.element)) && !present.has(normalize(x.code)))
    .map((x) => (x.type === 'likert' ? x.element : x.code));
  if (missing.length) {
    const detail = lang === 'en' ? `element columns missing: ${missing.join(', ')}` : `kolom unsur tidak ada: ${missing.join(', ')}`;
    throw new AppError('IMPORT_COLUMNS', {
      params: { detail },
      fields: missing.map((m) => ({ path: m, column: m, message: lang === 'en' ? 'Element column missing.' : 'Kolom unsur tidak ada.' })),
    });
  }
}
