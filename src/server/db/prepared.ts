import type { DbOrTx } from './types';

/**
 * Statements built once per database handle and kept: a statement of the query builder costs
 * about as much of the server's time to build as to run. Keyed by the handle (a transaction gets
 * its own, as a statement prepared on the pool would run outside it) and by a name the caller
 * makes unique per statement text; the number of keys must be bounded by the code, not the data.
 */
const byHandle = new WeakMap<DbOrTx, Map<string, unknown>>();

export function preparedOnce<T>(db: DbOrTx, key: string, build: () => T): T {
  let statements = byHandle.get(db);
  if (!statements) {
    statements = new Map();
    byHandle.set(db, statements);
  }
  let statement = statements.get(key) as T | undefined;
  if (statement === undefined) {
    statement = build();
    statements.set(key, statement);
  }
  return statement;
}
