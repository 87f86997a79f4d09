import type { z } from 'zod';
import type { Lang } from '../../shared/i18n/errors';
import type { FieldError } from './errors';

/**
 * What a format check expected, in words. A pattern (`regex`) names its expected form in the
 * schema's own message (`'HH:MM'`), which is shown instead; the word "regex" is never shown.
 */
const FORMAT_NAMES: Record<Lang, Record<string, string>> = {
  id: { email: 'alamat surel', url: 'tautan', uuid: 'pengenal', datetime: 'tanggal dan jam', date: 'tanggal', time: 'jam' },
  en: { email: 'an e-mail address', url: 'a link', uuid: 'an identifier', datetime: 'a date and time', date: 'a date', time: 'a time' },
};

function formatMessage(issue: Extract<z.core.$ZodIssue, { code: 'invalid_format' }>, id: boolean, lang: Lang): string {
  const name = FORMAT_NAMES[lang][issue.format];
  if (name) return id ? `Format tidak valid: harus ${name}.` : `Invalid format: must be ${name}.`;
  // A pattern's own message says what it wants (`HH:MM`), unless it is zod's default.
  const expected = issue.format === 'regex' && issue.message && !issue.message.startsWith('Invalid') ? issue.message : null;
  if (expected) return id ? `Format tidak valid: harus ${expected}.` : `Invalid format: must be ${expected}.`;
  return id ? 'Format tidak valid.' : 'Invalid format.';
}

const TYPE_NAMES: Record<Lang, Record<string, string>> = {
  id: { string: 'teks', number: 'angka', int: 'bilangan bulat', boolean: 'ya/tidak', object: 'objek', array: 'daftar', date: 'tanggal' },
  en: {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true/false',
    object: 'an object',
    array: 'a list',
    date: 'a date',
  },
};

type Issue = z.core.$ZodIssue;

/**
 * One zod issue as a sentence in the user's language. zod's own locales print the received
 * value, which is gone by the time a request's issues reach us, so the common codes are ours.
 */
export function issueMessage(issue: Issue, lang: Lang): string {
  const id = lang === 'id';
  switch (issue.code) {
    case 'invalid_type': {
      const name = TYPE_NAMES[lang][issue.expected] ?? issue.expected;
      return id ? `Wajib diisi dengan ${name}.` : `Must be ${name}.`;
    }
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'string') return id ? `Minimal ${min} karakter.` : `At least ${min} characters.`;
      if (issue.origin === 'array') return id ? `Minimal ${min} butir.` : `At least ${min} items.`;
      return id ? `Tidak boleh kurang dari ${min}.` : `Must not be less than ${min}.`;
    }
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'string') return id ? `Maksimal ${max} karakter.` : `At most ${max} characters.`;
      if (issue.origin === 'array') return id ? `Maksimal ${max} butir.` : `At most ${max} items.`;
      return id ? `Tidak boleh lebih dari ${max}.` : `Must not be more than ${max}.`;
    }
    case 'invalid_format':
      return formatMessage(issue, id, lang);
    case 'invalid_value':
      return id
        ? `Harus salah satu dari: ${issue.values.map(String).join(', ')}.`
        : `Must be one of: ${issue.values.map(String).join(', ')}.`;
    case 'unrecognized_keys':
      return id ? `Isian tidak dikenal: ${issue.keys.join(', ')}.` : `Unknown fields: ${issue.keys.join(', ')}.`;
    case 'not_multiple_of':
      return id ? `Harus kelipatan ${String(issue.divisor)}.` : `Must be a multiple of ${String(issue.divisor)}.`;
    default:
      return issue.message;
  }
}

export function zodFieldErrors(error: z.ZodError, lang: Lang): FieldError[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issueMessage(issue, lang) }));
}
