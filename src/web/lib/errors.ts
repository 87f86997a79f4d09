import type { TFunction, UiKey } from '../app/i18n';
import { ApiError, NETWORK_ERROR } from './api';

/** better-auth codes whose messages the interface translates itself (better-auth writes English only). */
const AUTH_CODES = new Set(['INVALID_CODE', 'INVALID_PASSWORD', 'INVALID_TWO_FACTOR_COOKIE', 'TOTP_ALREADY_ENABLED']);

/**
 * The sentence to show for an error. Simpul's own errors carry a message already in the user's
 * language; the few better-auth codes a user can meet are translated here; anything else gets a
 * generic sentence rather than a raw English or technical text.
 */
export function errorText(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.localized && error.message) return error.message;
    if (AUTH_CODES.has(error.code)) return t(`auth.codes.${error.code}` as UiKey);
    if (error.code === NETWORK_ERROR) return t('common.networkError');
  }
  return t('common.unknownError');
}

/**
 * Shows an error beside each field it names. A VALIDATION entry carries the field's own sentence;
 * for other codes (a duplicate code, say) the entry only points at the field, so the field shows
 * the error's sentence.
 */
export function applyFieldErrors(form: { setErrors: (errors: Record<string, string>) => void }, error: unknown): boolean {
  if (!(error instanceof ApiError) || error.fields.length === 0) return false;
  const errors: Record<string, string> = {};
  for (const field of error.fields) errors[field.path] = error.code === 'VALIDATION' ? field.message : error.message;
  form.setErrors(errors);
  return true;
}
