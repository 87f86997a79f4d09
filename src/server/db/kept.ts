import type { Query } from 'drizzle-orm';
import { executeGeneric, poolOf } from './pg-named';
import { executeNamed, pgliteOf } from './pglite-named';
import type { DbOrTx } from './types';

/** A statement built once (prepared.ts): Drizzle's prepared form, and its text and placeholders for `PREPARE`. */
export interface KeptStatement {
  name: string;
  prepared: { execute(params?: Record<string, unknown>): Promise<Record<string, unknown>[]> };
  query: Query;
}

/**
 * The first row of a kept statement, as its values in column order. `named`: on PGlite through
 * `PREPARE` and `EXECUTE` (pglite-named.ts); on PostgreSQL as Drizzle prepared it (a named
 * statement when it was given a name) or, `generic`, through pg-named.ts with the generic plan
 * forced. Not named: as Drizzle prepared it, on either database.
 */
export async function firstRow(
  db: DbOrTx,
  statement: KeptStatement,
  params: Record<string, unknown>,
  { named = true, generic = false }: { named?: boolean; generic?: boolean } = {},
): Promise<unknown[] | undefined> {
  if (named) {
    const pglite = pgliteOf(db);
    if (pglite) return (await executeNamed(pglite, statement.name, statement.query, params, { generic }))[0];
    const pool = generic ? poolOf(db) : undefined;
    if (pool) return (await executeGeneric(pool, statement.name, statement.query, params))[0];
  }
  const [row] = await statement.prepared.execute(params);
  return row ? Object.values(row) : undefined;
}
