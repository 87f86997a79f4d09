import ExcelJS from 'exceljs';
import Papa from 'papaparse';
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

/** The line (counted from 1) of a position in the text. */
function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function readCsv(bytes: Uint8Array, lang: Lang, maxRows: number): RawTable {
  const text = decodeText(bytes);
  // Blank lines stay (a record of one empty field each), so row numbers match what a spreadsheet shows.
  const { data: records, errors } = Papa.parse<string[]>(text, {
    delimiter: detectDelimiter(text),
    skipEmptyLines: false,
    preview: maxRows + 2,
  });
  if (errors.length > 0) {
    // Papa Parse reads on past a broken quote; the file is refused at the first, named by its line
    // (a stray quote after a closed one is also reported as unclosed there: the stray one is named).
    const [first] = [...errors].sort(
      (a, b) => (a.index ?? 0) - (b.index ?? 0) || Number(b.code === 'InvalidQuotes') - Number(a.code === 'InvalidQuotes'),
    );
    const line = lineAt(text, first!.index ?? text.length);
    if (first!.code === 'InvalidQuotes') throw unreadable(importText('badClosingQuote', lang, { line }));
    if (first!.code === 'MissingQuotes') throw unreadable(importText('quoteNotClosed', lang, { line }));
    throw unreadable(importText('badCsv', lang, { line }));
  }
  // The line break that ends the last line does not begin a blank line.
  const last = records.at(-1);
  if (records.length > 1 && last?.length === 1 && last[0] === '' && /[\r\n]$/.test(text)) records.pop();
  const [header, ...data] = records;
  if (data.length > maxRows) throw unreadable(importText('tooManyRows', lang, { max: maxRows.toLocaleString('id-ID') }));
  return {
    headers: (header ?? []).map((h) => h.trim()),
    rows: data.map((cells, i) => ({ row: i + 2, cells: cells.map(blankToUndefined) })),
  };
}

/**
 * A spreadsheet date as written: `YYYY-MM-DD`, or `YYYY-MM-DD HH:MM` (`:SS` when it has seconds)
 * when the cell holds a time of day too. Excel keeps no time zone; ExcelJS gives the wall-clock
 * time as if it were UTC, so the UTC fields are the time the user typed.
 */
function xlsxDate(value: Date): string | undefined {
  if (Number.isNaN(value.getTime())) return undefined;
  const iso = value.toISOString(); // 2021-01-28T08:15:30.000Z
  const [date, time] = [iso.slice(0, 10), iso.slice(11, 19)];
  if (time === '00:00:00') return date;
  return `${date} ${time.endsWith(':00') ? time.slice(0, 5) : time}`;
}

/** A spreadsheet cell as text, number or boolean; dates as text (`xlsxDate`); formulas by their result. */
function xlsxCell(value: ExcelJS.CellValue): CellValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return blankToUndefined(value);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return xlsxDate(value);
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
