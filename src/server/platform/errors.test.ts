import { describe, expect, it } from 'vitest';
import { AppError, errorBody } from './errors';

describe('error bodies', () => {
  it("answer a field message written in both languages in the reader's language only", () => {
    const error = new AppError('VALIDATION', {
      fields: [
        { path: 'status', message: 'Anonimkan dulu / Anonymize it first' },
        { path: 'file', message: 'Berkas wajib' },
      ],
    });
    expect(errorBody(error, 'id').error.fields).toEqual([
      { path: 'status', message: 'Anonimkan dulu' },
      { path: 'file', message: 'Berkas wajib' },
    ]);
    expect(errorBody(error, 'en').error.fields?.[0]).toEqual({ path: 'status', message: 'Anonymize it first' });
    // A message with a slash of its own, not two halves, is left whole.
    const odd = new AppError('VALIDATION', { fields: [{ path: 'kind', message: 'Siaran pers / penjelasan / lainnya' }] });
    expect(errorBody(odd, 'en').error.fields?.[0]?.message).toBe('Siaran pers / penjelasan / lainnya');
  });
});
