import type { Lang } from '../../../shared/i18n/errors';
import type { TImportBatch } from '../../../shared/imports';
import type { ImportBatch } from './pipeline';
import type { AnyImportDefinition, CellValue, ImportIssue } from './types';
import { unpackRows } from './stored-rows';

/** A batch for the API: headers and messages in the user's language, one page of the rows. */
export function presentBatch(
  batch: ImportBatch,
  definition: AnyImportDefinition,
  lang: Lang,
  page: { offset: number; limit: number } = { offset: 0, limit: 100 },
): TImportBatch {
  const headerOf = (key?: string) => (key ? (definition.columns.find((c) => c.key === key)?.header[lang] ?? key) : null);
  const errors = batch.errors as ImportIssue[];
  const rowsWithErrors = new Set(errors.map((e) => e.row));
  return {
    id: batch.id,
    kind: batch.kind,
    status: batch.status === 'committed' ? 'committed' : 'previewed',
    fileName: batch.fileName,
    rowCount: batch.rowCount,
    errorCount: batch.errorCount,
    createdAt: batch.createdAt.toISOString(),
    committedAt: batch.committedAt?.toISOString() ?? null,
    columns: definition.columns.map((c) => ({ key: c.key, header: c.header[lang], required: c.required })),
    errors: errors.map((e) => ({ row: e.row, column: e.column ?? null, header: headerOf(e.column), message: e.message[lang] })),
    rows: unpackRows(batch.rows, page).map((r) => ({
      row: r.row,
      values: r.values as Record<string, CellValue | null>,
      valid: r.data !== null && !rowsWithErrors.has(r.row),
    })),
    offset: page.offset,
    limit: page.limit,
  };
}
