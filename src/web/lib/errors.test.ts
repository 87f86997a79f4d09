import { describe, expect, it } from 'vitest';
import type { TFunction } from '../app/i18n';
import { ApiError, NETWORK_ERROR, toApiError } from './api';
import { applyFieldErrors, errorText } from './errors';

const t: TFunction = (key) => `[${key}]`;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('toApiError', () => {
  it('reads Simpul’s error shape, with its fields, as a message in the user’s language', async () => {
    const error = await toApiError(
      json(400, {
        error: { code: 'VALIDATION', message: 'Data tidak valid.', fields: [{ path: 'name', message: 'Minimal 2 karakter.' }] },
      }),
    );
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION', message: 'Data tidak valid.', localized: true });
    expect(error.fields).toEqual([{ path: 'name', message: 'Minimal 2 karakter.' }]);
  });

  it('reads better-auth’s shape without trusting its English message', async () => {
    const error = await toApiError(json(401, { code: 'INVALID_CODE', message: 'Invalid code' }));
    expect(error).toMatchObject({ code: 'INVALID_CODE', localized: false });
  });

  it('survives a body that is not JSON', async () => {
    const error = await toApiError(new Response('<html>', { status: 502 }));
    expect(error).toMatchObject({ status: 502, code: 'UNKNOWN', localized: false });
  });
});

describe('errorText', () => {
  it('shows Simpul’s message as it came, translates known better-auth codes, and hides anything else', () => {
    expect(errorText(new ApiError(401, 'INVALID_CREDENTIALS', 'Email atau kata sandi salah.', [], true), t)).toBe(
      'Email atau kata sandi salah.',
    );
    expect(errorText(new ApiError(401, 'INVALID_CODE', 'Invalid code'), t)).toBe('[auth.codes.INVALID_CODE]');
    expect(errorText(new ApiError(0, NETWORK_ERROR, ''), t)).toBe('[common.networkError]');
    expect(errorText(new ApiError(500, 'SOMETHING_ELSE', 'stack trace here'), t)).toBe('[common.unknownError]');
    expect(errorText(new Error('boom'), t)).toBe('[common.unknownError]');
  });
});

describe('applyFieldErrors', () => {
  it('puts each field’s own message on VALIDATION, and the sentence on other codes', () => {
    const set: Record<string, string>[] = [];
    const form = { setErrors: (errors: Record<string, string>) => set.push(errors) };
    expect(applyFieldErrors(form, new ApiError(400, 'VALIDATION', 'x', [{ path: 'name', message: 'Minimal 2 karakter.' }], true))).toBe(
      true,
    );
    expect(applyFieldErrors(form, new ApiError(409, 'DUPLICATE', 'Kode sudah dipakai.', [{ path: 'code', message: 'BPOM' }], true))).toBe(
      true,
    );
    expect(applyFieldErrors(form, new ApiError(403, 'FORBIDDEN', 'Tidak berwenang.', [], true))).toBe(false);
    expect(set).toEqual([{ name: 'Minimal 2 karakter.' }, { code: 'Kode sudah dipakai.' }]);
  });
});
