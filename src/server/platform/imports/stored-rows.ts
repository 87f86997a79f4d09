import type { CellValue, ImportRow } from './types';
import { type ValidatedRow, validRows } from './validate';

/**
 * How a preview's rows wait in `import_batches.rows` between preview and commit: by column, not
 * by row. Stored row by row, every row repeats every column's name twice (in its cells and in
 * its parsed data) and most parsed values repeat the cell they came from: 15,5 MB of JSON for the
 * benchmark's 20.000 news rows, which PostgreSQL parsed into jsonb, compressed, and handed back
 * at commit — about 0,7 s of a 3,5-second import on PostgreSQL. By column, with a parsed column
 * that equals its cells stored once, the same rows take 6 MB.
 *
 * Previews stored before this format (an array of rows) are still read.
 */
export interface PackedRows {
  format: 'columns';
  /** Each row's number in the file. */
  row: number[];
  /** The cells as read, one array per column key, in row order. */
  values: Record<string, (CellValue | null)[]>;
  /** Positions (in `row`) of the rows that failed; they have no parsed data. */
  invalid: number[];
  /**
   * The parsed data of the other rows, in their order: by key when every one is a plain object with
   * the same keys (`null` for a key whose value is the row's cell in `values`, unchanged), else as a
   * list of the values.
   */
  data: { keys: Record<string, unknown[] | null> } | { list: unknown[] };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** Keys whose value is not undefined (JSON leaves undefined out, so those keys are not stored). */
function definedKeys(o: Record<string, unknown>): string[] {
  const keys: string[] = [];
  for (const k in o) if (o[k] !== undefined) keys.push(k);
  return keys;
}

function packData(rows: ValidatedRow[], values: PackedRows['values']): PackedRows['data'] {
  const valid = rows.filter((r) => r.data !== null);
  const first = valid[0]?.data;
  if (!isPlainObject(first)) return { list: valid.map((r) => r.data) };
  const keys = definedKeys(first);
  const signature = keys.join('\u0000');
  if (!valid.every((r) => isPlainObject(r.data) && definedKeys(r.data).join('\u0000') === signature)) {
    return { list: valid.map((r) => r.data) };
  }
  const byKey: Record<string, unknown[] | null> = {};
  for (const key of keys) {
    const cells = values[key];
    // Same as the cells when every parsed value is the very cell it came from (text, mostly).
    const same = cells !== undefined && rows.every((r, i) => r.data === null || (r.data as Record<string, unknown>)[key] === cells[i]);
    byKey[key] = same ? null : valid.map((r) => (r.data as Record<string, unknown>)[key]);
  }
  return { keys: byKey };
}

/** The rows of a preview in the stored form. */
export function packRows(rows: ValidatedRow[]): PackedRows {
  const keys = rows.length ? Object.keys(rows[0]!.values) : [];
  const values: PackedRows['values'] = {};
  for (const key of keys) values[key] = rows.map((r) => r.values[key] ?? null);
  const invalid: number[] = [];
  rows.forEach((r, i) => {
    if (r.data === null) invalid.push(i);
  });
  return { format: 'columns', row: rows.map((r) => r.row), values, invalid, data: packData(rows, values) };
}

function isPacked(stored: unknown): stored is PackedRows {
  return isPlainObject(stored) && stored.format === 'columns';
}

/** The parsed data of each valid row, by position in `row` (undefined for a row that failed). */
function dataReader(packed: PackedRows): (index: number) => unknown {
  const invalid = new Set(packed.invalid);
  // Position among the valid rows, for each row.
  const validIndex = new Int32Array(packed.row.length);
  let n = 0;
  for (let i = 0; i < packed.row.length; i++) validIndex[i] = invalid.has(i) ? -1 : n++;
  const data = packed.data;
  if ('list' in data) return (i) => (validIndex[i]! < 0 ? null : data.list[validIndex[i]!]);
  const entries = Object.entries(data.keys);
  return (i) => {
    const v = validIndex[i]!;
    if (v < 0) return null;
    const out: Record<string, unknown> = {};
    for (const [key, column] of entries) out[key] = column === null ? packed.values[key]![i] : column[v];
    return out;
  };
}

/** The stored rows (of either form) as validated rows; `page` reads only those positions. */
export function unpackRows(stored: unknown, page?: { offset: number; limit: number }): ValidatedRow[] {
  if (!isPacked(stored)) {
    const rows = stored as ValidatedRow[];
    return page ? rows.slice(page.offset, page.offset + page.limit) : rows;
  }
  const from = page ? Math.min(page.offset, stored.row.length) : 0;
  const to = page ? Math.min(page.offset + page.limit, stored.row.length) : stored.row.length;
  const keys = Object.keys(stored.values);
  const dataAt = dataReader(stored);
  const rows: ValidatedRow[] = [];
  for (let i = from; i < to; i++) {
    const values: Record<string, CellValue | null> = {};
    for (const key of keys) values[key] = stored.values[key]![i] ?? null;
    rows.push({ row: stored.row[i]!, values, data: dataAt(i) });
  }
  return rows;
}

/** The rows that passed, for `check` and `commit`, without building their cells. */
export function unpackValidRows(stored: unknown): ImportRow<unknown>[] {
  if (!isPacked(stored)) return validRows(stored as ValidatedRow[]);
  const invalid = new Set(stored.invalid);
  const dataAt = dataReader(stored);
  const out: ImportRow<unknown>[] = [];
  for (let i = 0; i < stored.row.length; i++) if (!invalid.has(i)) out.push({ row: stored.row[i]!, data: dataAt(i) });
  return out;
}
