import { CsvError, parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Lang } from '../../../shared/i18n/errors';
import { AppError } from '../errors';
import { checkFileType } from '../files/sniff';
import { importText } from './messages';
import type { CellValue } from './types';

/** A file as a table: the header cells, then each data row with its row number (the header is row 1). */
export interface RawTable {
  headers: string[];
  rows: { row: number; cells: (CellValue | undefined)[] }[];
}

function unreadable(detail: string): AppError {
  return new AppError('IMPORT_UNREADABLE', { params: { detail } });
}

/** UTF-8 (the BOM dropped); files saved by an older Excel in Windows-1252 are read as such. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * The delimiter of the first line: `;` (Excel with Indonesian regional settings), `,` or tab,
 * whichever occurs most outside quotes.
 */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch]!++;
  }
  const best = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : ',';
}

function blankToUndefined(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function readCsv(bytes: Uint8Array, lang: Lang, maxRows: number): RawTable {
  const text = decodeText(bytes);
  let lastLine = 0;
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      bom: true,
      relax_column_count: true,
      // Blank lines stay, so row numbers match what a spreadsheet shows.
      skip_empty_lines: false,
      to: maxRows + 2,
      on_record: (record: string[], context) => {
        lastLine = context.lines;
        return record;
      },
    }) as string[][];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // An unclosed quote is only noticed at the end of the file: name the line where it opened.
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') throw unreadable(importText('quoteNotClosed', lang, { line: lastLine + 1 }));
    const line = (error as CsvError & { lines?: number }).lines ?? lastLine + 1;
    if (error.code === 'CSV_INVALID_CLOSING_QUOTE') throw unreadable(importText('badClosingQuote', lang, { line }));
    throw unreadable(importText('badCsv', lang, { line }));
  }
  const [header, ...data] = records;
  if (data.length > maxRows) throw unreadable(importText('tooManyRows', lang, { max: maxRows.toLocaleString('id-ID') }));
  return {
    headers: (header ?? []).map((h) => h.trim()),
    rows: data.map((cells, i) => ({ row: i + 2, cells: cells.map(blankToUndefined) })),
  };
}

/** A spreadsheet cell as text, number or boolean; dates as `YYYY-MM-DD`; formulas by their result. */
function xlsxCell(value: ExcelJS.CellValue): CellValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return blankToUndefined(value);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  // Excel dates carry no time zone; ExcelJS gives them at UTC midnight.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if ('richText' in value) return blankToUndefined(value.richText.map((part) => part.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) return xlsxCell((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('text' in value) return blankToUndefined(String(value.text));
  if ('error' in value) return String(value.error);
  return undefined;
}

async function readXlsx(bytes: Uint8Array, lang: Lang, maxRows: number): Promise<RawTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw unreadable(importText('badXlsx', lang));
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadable(importText('noSheet', lang));
  if (sheet.actualRowCount - 1 > maxRows) throw unreadable(importText('tooManyRows', lang, { max: maxRows.toLocaleString('id-ID') }));
  const cellsOf = (row: ExcelJS.Row) => {
    const values = row.values as ExcelJS.CellValue[]; // index 0 is empty: columns start at 1
    return values.slice(1).map(xlsxCell);
  };
  const headers = cellsOf(sheet.getRow(1)).map((v) => (v === undefined ? '' : String(v)));
  const rows: RawTable['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber > 1) rows.push({ row: rowNumber, cells: cellsOf(row) });
  });
  return { headers, rows };
}

/**
 * Reads an uploaded CSV or XLSX (checked by content, like every upload) into a table. A file
 * that cannot be read gives IMPORT_UNREADABLE with what and where.
 */
export async function readTable(bytes: Uint8Array, fileName: string, lang: Lang, maxRows: number): Promise<RawTable> {
  const { extension } = await checkFileType(bytes, fileName, ['csv', 'txt', 'xlsx']);
  return extension === 'xlsx' ? readXlsx(bytes, lang, maxRows) : readCsv(bytes, lang, maxRows);
}
