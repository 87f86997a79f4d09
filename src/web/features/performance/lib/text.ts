import type { UiLang } from '../../../../shared/i18n/ui';
import { ApiError } from '../../../lib/api';

/**
 * Some texts of the performance module carry both languages as "Indonesian / English" (the demo's
 * source notes, a few field messages of the plan commands). Shows the half in the interface
 * language; a text without exactly one such separator is shown whole.
 */
export function localText(text: string | null | undefined, lang: UiLang): string {
  if (!text) return '';
  const parts = text.split(' / ');
  if (parts.length !== 2) return text;
  return (lang === 'en' ? parts[1] : parts[0])!.trim();
}

/**
 * Puts the server's per-field messages under the form's inputs (in the interface language), like
 * `applyFieldErrors` in lib/errors. Returns whether any field was named.
 */
export function applyPerfFieldErrors(form: { setErrors: (errors: Record<string, string>) => void }, error: unknown, lang: UiLang): boolean {
  if (!(error instanceof ApiError) || error.fields.length === 0) return false;
  const errors: Record<string, string> = {};
  for (const field of error.fields) errors[field.path] = localText(error.code === 'VALIDATION' ? field.message : error.message, lang);
  form.setErrors(errors);
  return true;
}
