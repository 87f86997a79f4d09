import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { zodFieldErrors } from './validation';

const messages = (schema: z.ZodType, value: unknown, lang: 'id' | 'en' = 'id') => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a failure');
  return zodFieldErrors(result.error, lang).map((e) => e.message);
};

describe('validation messages', () => {
  it('names the expected format in words, never the format code', () => {
    expect(messages(z.string().email(), 'bukan-surel')).toEqual(['Format tidak valid: harus alamat surel.']);
    expect(messages(z.string().email(), 'x', 'en')).toEqual(['Invalid format: must be an e-mail address.']);
    expect(messages(z.string().regex(/^\d{2}:\d{2}$/, 'HH:MM'), '25:00:00')).toEqual(['Format tidak valid: harus HH:MM.']);
    // A pattern without a message of its own says only that the format is wrong.
    expect(messages(z.string().regex(/^a+$/), 'b')).toEqual(['Format tidak valid.']);
  });
});
