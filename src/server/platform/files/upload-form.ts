import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Localized } from '../../../shared/i18n/localized';
import type { AppEnv } from '../context';
import { AppError } from '../errors';

/** The multipart body of an upload: the file in field `file`. */
// Optional here so that a missing file gets our own message (uploadedFile), not zod's.
export const ZFileField = z.any().optional().openapi({ type: 'string', format: 'binary', description: 'the file' });

export function multipartBody<T extends z.ZodType>(schema: T) {
  return { content: { 'multipart/form-data': { schema } }, required: true } as const;
}

const NO_FILE: Localized = { id: 'Pilih berkas untuk diunggah.', en: 'Choose a file to upload.' };

/** A file name without folders or control characters, of a sane length. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // Control characters would break the Content-Disposition header and confuse logs.
  const clean = [...base]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f)
    .join('')
    .trim();
  return (clean || 'berkas').slice(-200);
}

/**
 * The uploaded file's bytes and name. The whole request is already limited by the body limit;
 * the file itself is checked again so the message names the real limit.
 */
export async function uploadedFile(c: Context<AppEnv>, value: unknown): Promise<{ bytes: Uint8Array; fileName: string }> {
  if (!(value instanceof File) || value.size === 0) {
    throw new AppError('VALIDATION', { fields: [{ path: 'file', message: NO_FILE[c.get('lang')] }] });
  }
  const limitMb = c.get('services').env.SIMPUL_MAX_UPLOAD_MB;
  if (value.size > limitMb * 1024 * 1024) throw new AppError('PAYLOAD_TOO_LARGE', { params: { limit: `${limitMb} MB` } });
  return { bytes: new Uint8Array(await value.arrayBuffer()), fileName: cleanFileName(value.name) };
}
