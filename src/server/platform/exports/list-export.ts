import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Localized } from '../../../shared/i18n/localized';
import { recordAudit } from '../audit/record';
import type { AppEnv } from '../context';
import { AppError } from '../errors';
import { attachmentHeader, EXPORT_CONTENT_TYPES, type ExportColumn, type ExportFormat, exportRows } from './export';

/** Rows one export may hold: a list route loads its filtered rows up to this, and refuses more. */
export const EXPORT_MAX_ROWS = 100_000;

/**
 * The query parameter a list route adds to answer as a file: `?format=xlsx|csv`. Without it the
 * route answers JSON as usual.
 */
export const ZExportQuery = z.object({
  format: z.enum(['xlsx', 'csv']).optional().openapi({ description: 'Answer as an XLSX or CSV file instead of JSON' }),
});

/** The responses a list route with `?format=` documents besides its JSON. */
export const EXPORT_CONTENT = {
  [EXPORT_CONTENT_TYPES.xlsx]: { schema: z.string().openapi({ format: 'binary' }) },
  'text/csv': { schema: z.string() },
} as const;

/** A column of an exported list, its header in both languages. */
export interface ListExportColumn<T> extends Omit<ExportColumn<T>, 'header'> {
  header: Localized;
}

export interface ListExport<T> {
  rows: T[];
  columns: ListExportColumn<T>[];
  format: ExportFormat;
  /** The file's name without extension, in both languages. */
  fileName: Localized;
  /** What was exported, for the audit trail (e.g. `file`, `agreement`). */
  entityType: string;
  /** The filters the user applied: recorded with the export. */
  filters: Record<string, unknown>;
}

/**
 * Answers a list request as an XLSX or CSV file, headers in the user's language, and records the
 * export in the audit trail (who took which data out, with which filters). The route loads the
 * rows with the same filters and unit scope as its JSON answer, limited to EXPORT_MAX_ROWS + 1:
 * more than the limit is refused rather than silently cut.
 */
export async function respondWithExport<T>(c: Context<AppEnv>, options: ListExport<T>): Promise<Response> {
  const lang = c.get('lang');
  if (options.rows.length > EXPORT_MAX_ROWS) {
    const limit = lang === 'id' ? `${EXPORT_MAX_ROWS.toLocaleString('id-ID')} baris` : `${EXPORT_MAX_ROWS.toLocaleString('en-US')} rows`;
    throw new AppError('PAYLOAD_TOO_LARGE', { params: { limit } });
  }
  const columns = options.columns.map((col) => ({ ...col, header: col.header[lang] }));
  const bytes = await exportRows(options.rows, columns, options.format, options.fileName[lang]);
  const actor = c.get('actor');
  await recordAudit(c.get('db'), {
    actor,
    meta: c.get('meta'),
    action: 'export',
    entityType: options.entityType,
    unitId: actor?.unitId ?? null,
    after: { filters: options.filters, format: options.format, rows: options.rows.length },
  });
  c.header('Content-Type', EXPORT_CONTENT_TYPES[options.format]);
  c.header('Content-Disposition', attachmentHeader(`${options.fileName[lang]}.${options.format}`));
  c.header('Cache-Control', 'no-store');
  return c.body(bytes as unknown as ArrayBuffer, 200);
}
