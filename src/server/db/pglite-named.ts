import { fillPlaceholders, type Query } from 'drizzle-orm';
import { driverOf } from './driver';
import { PGliteThread } from './pglite-thread';
import type { DbOrTx } from './types';

/**
 * Named statements on PGlite. Its `query` parses and plans every statement anew through an
 * unnamed statement; planning alone took about 1,5 ms of a news page's 3,2 (every relation and
 * index the planner sizes is a file-size lookup through PGlite's file system). A statement
 * prepared once with `PREPARE` and run with `EXECUTE` keeps its plan in PostgreSQL's plan cache,
 * as a named statement does on a server: the same page then took 1,2 ms.
 *
 * `EXECUTE` takes its arguments as SQL expressions, not as protocol parameters, so the values are
 * written as literals here: numbers and booleans as such, text quoted with its quotes doubled (with
 * `standard_conforming_strings` on, which `openDatabase` sets, a backslash is an ordinary
 * character). Only for the instance itself: a transaction's handle runs its statements the
 * ordinary way, since the names prepared belong to the instance.
 */
const preparedNames = new WeakMap<PGliteThread, Map<string, Promise<unknown>>>();

/** The PGlite instance behind a database handle, or undefined (PostgreSQL, or a transaction). */
export function pgliteOf(db: DbOrTx): PGliteThread | undefined {
  const client = driverOf(db);
  return client instanceof PGliteThread ? client : undefined;
}

/** A value as an SQL literal: only numbers, text, booleans and null occur in the statements run this way. */
export function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string') return `'${value.replaceAll("'", "''")}'`;
  throw new TypeError(`no literal for a value of type ${typeof value}`);
}

/**
 * Runs `query` (a built statement whose parameters are placeholders) as the named statement
 * `name`, prepared on first use; the rows come as arrays, in the statement's column order.
 *
 * `generic`: the plan made without the values, kept from the first execution. PostgreSQL keeps a
 * statement's generic plan only where it costs no more than the plans made for the values; a
 * statement whose values the planner misjudges (a text search: the rows a text matches are
 * estimated from the words' statistics) would be planned for every request. Set for the one
 * statement (`SET LOCAL` in the implicit transaction of a two-statement query), not the instance.
 */
export async function executeNamed(
  pglite: PGliteThread,
  name: string,
  query: Query,
  values: Record<string, unknown>,
  { generic = false }: { generic?: boolean } = {},
): Promise<unknown[][]> {
  let names = preparedNames.get(pglite);
  if (!names) {
    names = new Map();
    preparedNames.set(pglite, names);
  }
  let prepared = names.get(name);
  if (!prepared) {
    prepared = pglite.exec(`PREPARE ${name} AS ${query.sql}`);
    names.set(name, prepared);
    // A failed PREPARE is tried again by the next request, and reported to this one.
    prepared.catch(() => names.delete(name));
  }
  await prepared;
  const args = fillPlaceholders(query.params, values).map(sqlLiteral);
  const execute = `EXECUTE ${name}${args.length ? `(${args.join(', ')})` : ''}`;
  if (generic) {
    const results = await pglite.exec(`SET LOCAL plan_cache_mode = force_generic_plan; ${execute}`, { rowMode: 'array' });
    return results.at(-1)!.rows as unknown[][];
  }
  const result = await pglite.query<unknown[]>(execute, [], { rowMode: 'array' });
  return result.rows;
}
