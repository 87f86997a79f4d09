import type { Lang } from '../../../shared/i18n/errors';
import type { TAnswers, TQuestion, TQuestionnaire, TText } from '../../../shared/surveys';
import type { FieldError } from '../../platform/errors';
import { type Answer, isLikertValue, LIKERT_MAX, LIKERT_MIN } from './ikm';

/** A questionnaire's text in the reader's language, falling back to Indonesian. */
export function textIn(text: TText, lang: Lang): string {
  return (lang === 'en' && text.en) || text.id;
}

export function questionsOf(q: TQuestionnaire): TQuestion[] {
  return q.sections.flatMap((s) => s.questions);
}

const MESSAGES = {
  unknown: { id: 'Pertanyaan ini tidak ada di kuesioner.', en: 'This question is not in the questionnaire.' },
  required: { id: 'Wajib dijawab.', en: 'An answer is required.' },
  likert: { id: `Pilih nilai ${LIKERT_MIN}–${LIKERT_MAX}.`, en: `Choose a value from ${LIKERT_MIN} to ${LIKERT_MAX}.` },
  option: { id: 'Pilihan tidak dikenal.', en: 'Unknown option.' },
  options: { id: 'Satu atau lebih pilihan tidak dikenal.', en: 'One or more options are unknown.' },
  text: { id: 'Jawaban berupa teks.', en: 'The answer must be text.' },
  tooLong: { id: 'Jawaban terlalu panjang (maksimal {{max}} karakter).', en: 'The answer is too long (at most {{max}} characters).' },
} as const;

function message(key: keyof typeof MESSAGES, lang: Lang, max?: number) {
  return MESSAGES[key][lang].replace('{{max}}', String(max ?? ''));
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * Checks answers against one questionnaire version and returns them cleaned (empty answers
 * dropped, text trimmed), or the problems, each on its question (`answers.<code>`), in the
 * respondent's language. Nothing outside the questionnaire is kept.
 */
export function checkAnswers(q: TQuestionnaire, answers: TAnswers, lang: Lang): { answers: TAnswers; errors: FieldError[] } {
  const questions = new Map(questionsOf(q).map((question) => [question.code, question]));
  const errors: FieldError[] = [];
  const clean: TAnswers = {};
  const fail = (code: string, key: keyof typeof MESSAGES, max?: number) =>
    errors.push({ path: `answers.${code}`, message: message(key, lang, max) });
  for (const code of Object.keys(answers)) {
    if (!questions.has(code)) fail(code, 'unknown');
  }
  for (const question of questions.values()) {
    const value = answers[question.code];
    if (isEmpty(value)) {
      if (question.required) fail(question.code, 'required');
      continue;
    }
    switch (question.type) {
      case 'likert':
        if (isLikertValue(value)) clean[question.code] = value;
        else fail(question.code, 'likert');
        break;
      case 'single':
        if (typeof value === 'string' && question.options.some((o) => o.value === value)) clean[question.code] = value;
        else fail(question.code, 'option');
        break;
      case 'multiple': {
        const chosen = Array.isArray(value) ? value : [value];
        if (chosen.every((v) => typeof v === 'string' && question.options.some((o) => o.value === v))) {
          clean[question.code] = [...new Set(chosen as string[])];
        } else fail(question.code, 'options');
        break;
      }
      case 'text':
        if (typeof value !== 'string') fail(question.code, 'text');
        else if (value.trim().length > question.maxLength) fail(question.code, 'tooLong', question.maxLength);
        else if (value.trim()) clean[question.code] = value.trim();
        break;
    }
  }
  return { answers: clean, errors };
}

/** One respondent's Likert answers by element: satisfaction and expectation apart. */
export interface ElementAnswers {
  satisfaction: Record<string, Answer>;
  expectation: Record<string, Answer>;
}

/** Maps a response's answers (keyed by question code) to its elements, through the version it answered. */
export function elementAnswers(q: TQuestionnaire, answers: TAnswers): ElementAnswers {
  const out: ElementAnswers = { satisfaction: {}, expectation: {} };
  for (const question of questionsOf(q)) {
    if (question.type !== 'likert') continue;
    const value = answers[question.code];
    out[question.dimension][question.element] = typeof value === 'number' ? value : null;
  }
  return out;
}

/** Whether any Likert item asks for expectations (the importance–performance analysis needs them). */
export function hasExpectations(q: TQuestionnaire): boolean {
  return questionsOf(q).some((question) => question.type === 'likert' && question.dimension === 'expectation');
}
