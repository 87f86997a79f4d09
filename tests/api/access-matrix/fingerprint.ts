import { sql } from 'drizzle-orm';
import { queryRows } from '../../../src/server/db/sql';
import type { DbOrTx } from '../../../src/server/db/types';

/**
 * Every table's content as one fingerprint per table (an md5 over its rows), to prove that a
 * request changed nothing: comparing counts alone would miss an update.
 */
export async function fingerprint(db: DbOrTx): Promise<Record<string, string>> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await queryRows<{ h: string | null }>(
      db,
      sql`SELECT md5(string_agg(md5(t::text), ',' ORDER BY md5(t::text))) AS h FROM ${sql.identifier(name)} t`,
    );
    out[name] = row?.h ?? '';
  }
  return out;
}

/** The tables whose fingerprint differs, leaving out the ones named. */
export function changedTables(before: Record<string, string>, after: Record<string, string>, ignore: string[] = []): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => !ignore.includes(name) && before[name] !== after[name]).sort();
}

/** How many rows each table holds. */
export async function rowCounts(db: DbOrTx): Promise<Record<string, number>> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const out: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM ${sql.identifier(name)}`);
    out[name] = Number(row?.n);
  }
  return out;
}
