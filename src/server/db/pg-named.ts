import { fillPlaceholders, type Query } from 'drizzle-orm';
import pg from 'pg';
import { driverOf } from './driver';
import { sqlLiteral } from './pglite-named';
import type { DbOrTx } from './types';

/**
 * A statement run with its generic plan on PostgreSQL, as `executeNamed` does on PGlite: a named
 * statement there keeps its generic plan only when the planner costs it no higher than the plans
 * made for the values, and for a text search it does not (the rows a text matches are estimated
 * from the words' statistics), so such a statement would be planned for every request — 0,3 to
 * 0,6 ms of a 2,5 ms page. Here it is prepared with `PREPARE` once per connection and run as
 * `SET LOCAL plan_cache_mode = force_generic_plan; EXECUTE …`: one round trip, one implicit
 * transaction, so the setting ends with the statement. The values are written as literals
 * (`sqlLiteral`), complete with `standard_conforming_strings` on, which the pool's connections
 * set at start-up (client.ts).
 */
const preparedNames = new WeakMap<pg.PoolClient, Set<string>>();

/** The node-postgres pool behind a database handle, or undefined (PGlite, or a transaction's client). */
export function poolOf(db: DbOrTx): pg.Pool | undefined {
  const client = driverOf(db);
  return client instanceof pg.Pool ? client : undefined;
}

/** Runs `query` as the named statement `name` with its generic plan; the rows come as arrays. */
export async function executeGeneric(pool: pg.Pool, name: string, query: Query, values: Record<string, unknown>): Promise<unknown[][]> {
  const client = await pool.connect();
  let failure: Error | undefined;
  try {
    let names = preparedNames.get(client);
    if (!names) {
      names = new Set();
      preparedNames.set(client, names);
    }
    if (!names.has(name)) {
      await client.query(`PREPARE ${name} AS ${query.sql}`);
      names.add(name);
    }
    const args = fillPlaceholders(query.params, values).map(sqlLiteral);
    const results = (await client.query({
      text: `SET LOCAL plan_cache_mode = force_generic_plan; EXECUTE ${name}${args.length ? `(${args.join(', ')})` : ''}`,
      rowMode: 'array',
    })) as unknown as pg.QueryArrayResult[];
    return results.at(-1)!.rows;
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    // A connection that failed is closed rather than handed to the next request (with its names).
    client.release(failure);
  }
}
