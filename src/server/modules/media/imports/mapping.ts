import type { Lang } from '../../../../shared/i18n/errors';
import { AppError } from '../../../platform/errors';
import { readTable } from '../../../platform/imports/parse';
import type { CellValue } from '../../../platform/imports/types';
import { NEWS_COLUMNS } from './news-import';

/** Headers compare as the pipeline compares them: no case, spaces and underscores alike. */
const norm = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');

/** Which news column each of a file's headers most likely is (null: leave the column out). */
export function suggestMapping(headers: string[]): Record<string, string | null> {
  const names = new Map<string, string>();
  for (const col of NEWS_COLUMNS)
    for (const n of [col.key, col.header.id, col.header.en, ...(col.aliases ?? [])]) names.set(norm(n), col.key);
  const taken = new Set<string>();
  const out: Record<string, string | null> = {};
  for (const header of headers) {
    const exact = names.get(norm(header));
    // Otherwise a header that contains a known name ("Tanggal Terbit (WIB)" holds "tanggal terbit").
    const partial = [...names.entries()]
      .filter(([n]) => n.length >= 4 && norm(header).includes(n))
      .sort((a, b) => b[0].length - a[0].length)[0]?.[1];
    const key = exact ?? partial ?? null;
    out[header] = key && !taken.has(key) ? key : null;
    if (key) taken.add(key);
  }
  return out;
}

function csvCell(value: CellValue | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A vendor's file with its columns renamed to the news import's (and the unmapped ones left out),
 * as CSV for the import pipeline. Row numbers stay those of the original file, so the preview's
 * errors point at the rows the user sees in their spreadsheet.
 */
export async function remapFile(
  file: { bytes: Uint8Array; fileName: string },
  mapping: Record<string, string | null>,
  lang: Lang,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const table = await readTable(file.bytes, file.fileName, lang, 50_000);
  const known = new Set(NEWS_COLUMNS.map((c) => c.key));
  const targets: (string | null)[] = table.headers.map((h) => mapping[h] ?? null);
  const bad = targets.filter((t): t is string => t !== null && !known.has(t));
  const twice = targets.filter((t, i): t is string => t !== null && targets.indexOf(t) !== i);
  if (bad.length || twice.length) {
    const detail = [...bad.map((b) => `${b}?`), ...twice.map((t) => `${t} ×2`)].join(', ');
    throw new AppError('IMPORT_COLUMNS', { params: { detail } });
  }
  const keep = targets.map((t, i) => (t ? i : -1)).filter((i) => i >= 0);
  const lines: string[] = [keep.map((i) => targets[i]!).join(',')];
  let line = 2;
  for (const { row, cells } of table.rows) {
    while (line < row) {
      lines.push('');
      line++;
    }
    lines.push(keep.map((i) => csvCell(cells[i])).join(','));
    line++;
  }
  return { bytes: new TextEncoder().encode(`${lines.join('\r\n')}\r\n`), fileName: `${file.fileName.replace(/\.[^.]*$/, '')}.csv` };
}
