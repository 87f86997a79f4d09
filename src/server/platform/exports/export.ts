import ExcelJS from 'exceljs';
import { spreadsheetSafe } from '../../../shared/spreadsheet-safe';

/** One column of an exported list: its header (already in the user's language) and its value. */
export interface ExportColumn<T> {
  header: string;
  value: (row: T) => string | number | boolean | Date | null | undefined;
  width?: number;
}

export type ExportFormat = 'xlsx' | 'csv';

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = value instanceof Date ? value.toISOString() : String(value);
  // Quote when needed; neutralise spreadsheet formulas (CSV injection).
  const safe = spreadsheetSafe(text);
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A list as an XLSX workbook (one sheet, header row frozen) or as CSV (UTF-8 with BOM, for Excel). */
export async function exportRows<T>(
  rows: Iterable<T>,
  columns: ExportColumn<T>[],
  format: ExportFormat,
  sheetName = 'Data',
): Promise<Uint8Array> {
  if (format === 'csv') {
    const lines = [columns.map((col) => csvCell(col.header)).join(',')];
    for (const row of rows) lines.push(columns.map((col) => csvCell(col.value(row))).join(','));
    return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Simpul';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((col) => ({ header: col.header, width: col.width ?? Math.max(12, col.header.length + 2) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((col) => col.value(row) ?? null));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Content-Disposition for a download, with a safe ASCII name and the UTF-8 one. */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.replace(/[^\w.-]+/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
