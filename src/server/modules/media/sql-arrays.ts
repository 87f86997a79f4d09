import { type SQL, sql } from 'drizzle-orm';

/**
 * PostgreSQL array literals, for bulk statements of the form
 * `INSERT … SELECT … FROM unnest($1::text[], $2::timestamptz[], …)`: one parameter per column
 * instead of one per cell, which both drivers pass as a single string (CONVENTIONS: bulk loads).
 */
export function arrayLiteral(values: readonly (string | number | boolean | null | undefined)[]): string {
  const parts = values.map((v) => {
    if (v === null || v === undefined) return 'NULL';
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    return `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  });
  return `{${parts.join(',')}}`;
}

/** The separator of a nested list packed into one text cell (unnest cannot take ragged arrays). */
export const LIST_SEPARATOR = '\u001f';

/** A list of lists as one text array; unpack with `listColumn`. */
export function packedLists(lists: readonly (readonly string[])[]): string {
  return arrayLiteral(lists.map((list) => list.map((s) => s.replaceAll(LIST_SEPARATOR, ' ')).join(LIST_SEPARATOR)));
}

/** Unpacks a column packed by `packedLists` into a text[] (an empty list stays empty). */
export function listColumn(column: SQL): SQL {
  return sql`coalesce(string_to_array(${column}, chr(31)), '{}'::text[])`;
}

/** Splits rows into chunks, so a statement's parameters stay a few megabytes. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
