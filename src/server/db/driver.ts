import type { DbOrTx } from './types';

/**
 * The driver's own connection behind a Drizzle database or transaction — a PGlite instance or
 * transaction, a node-postgres pool or client — for what Drizzle cannot say: a COPY, a PGlite
 * `PREPARE`. Drizzle keeps it on its session; an upgrade that moves it makes the callers fall back
 * to their ordinary way, not fail.
 */
export function driverOf(db: DbOrTx): unknown {
  return (db._.session as unknown as { client?: unknown }).client;
}
