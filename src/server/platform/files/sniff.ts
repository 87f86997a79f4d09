import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../errors';

/**
 * The file types Simpul accepts, by extension. Binary types must be recognised by their content
 * (magic bytes, or the parts inside an Office zip); text types must look like text. The stored
 * media type is ours, never the one the browser claimed.
 */
export const FILE_TYPES = {
  pdf: { mime: 'application/pdf', sniffed: 'pdf' },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', sniffed: 'docx' },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', sniffed: 'xlsx' },
  png: { mime: 'image/png', sniffed: 'png' },
  jpg: { mime: 'image/jpeg', sniffed: 'jpg' },
  jpeg: { mime: 'image/jpeg', sniffed: 'jpg' },
  csv: { mime: 'text/csv', sniffed: null },
  txt: { mime: 'text/plain', sniffed: null },
} as const satisfies Record<string, { mime: string; sniffed: string | null }>;

export type FileExtension = keyof typeof FILE_TYPES;
export const ALL_FILE_EXTENSIONS = Object.keys(FILE_TYPES) as FileExtension[];

/** The extension of a file name, lower-cased, without the dot ('' when there is none). */
export function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(fileName);
  return match ? match[1]!.toLowerCase() : '';
}

/** Text has no NUL bytes; binary formats (and UTF-16, which we do not accept) almost always do. */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  return !head.includes(0);
}

/**
 * Checks a file's content against its extension and the allowed extensions. Throws
 * FILE_TYPE_NOT_ALLOWED for an extension outside the list and FILE_TYPE_MISMATCH when the content
 * is something else (a `.pdf` that is really a PNG, or text).
 */
export async function checkFileType(
  bytes: Uint8Array,
  fileName: string,
  allowed: readonly FileExtension[] = ALL_FILE_EXTENSIONS,
): Promise<{ extension: FileExtension; mime: string }> {
  const ext = extensionOf(fileName);
  if (!(allowed as readonly string[]).includes(ext)) {
    throw new AppError('FILE_TYPE_NOT_ALLOWED', { params: { type: ext ? `.${ext}` : fileName } });
  }
  const extension = ext as FileExtension;
  const expected = FILE_TYPES[extension];
  const sniffed = await fileTypeFromBuffer(bytes);
  const matches = expected.sniffed === null ? sniffed === undefined && looksLikeText(bytes) : sniffed?.ext === expected.sniffed;
  if (!matches) throw new AppError('FILE_TYPE_MISMATCH', { params: { extension: `.${extension}` } });
  return { extension, mime: expected.mime };
}
