import type { TFunction } from '../../../app/i18n';
import { ApiError } from '../../../lib/api';

/**
 * Puts the API's field errors beside the form's fields. A list's item comes back as `times.1`:
 * its sentence goes on the list's field with the refused value in front, so "25:00" is named
 * rather than "item 2". `fieldOf` maps the API's field name to the form's (same name when absent);
 * `listOf` gives the list a form field shows, to find the refused value. Returns false when the
 * error names no field.
 */
export function applyListFieldErrors(
  form: { setErrors: (errors: Record<string, string>) => void },
  error: unknown,
  t: TFunction,
  options: { fieldOf?: Record<string, string>; listOf?: (field: string) => readonly string[] | undefined } = {},
): boolean {
  if (!(error instanceof ApiError) || error.fields.length === 0) return false;
  const errors: Record<string, string[]> = {};
  for (const field of error.fields) {
    const [head = '', index] = field.path.split('.');
    const name = options.fieldOf?.[head] ?? head;
    const message = error.code === 'VALIDATION' ? field.message : error.message;
    const value = index !== undefined ? options.listOf?.(name)?.[Number(index)] : undefined;
    const text = value !== undefined ? t('media.feeds.settings.badValue', { value, message }) : message;
    errors[name] = [...(errors[name] ?? []), text];
  }
  form.setErrors(Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, v.join(' ')])));
  return true;
}
