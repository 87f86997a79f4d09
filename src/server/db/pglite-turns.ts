import type { PGlite } from '@electric-sql/pglite';

/**
 * PGlite runs each query synchronously on the server's only thread, and its lock hands over from
 * one waiting query to the next without returning to the event loop. Under load, fifty queued
 * queries ran back to back for a quarter of a second, during which no connection was accepted and
 * no finished answer was written: with 50 users, the last connections to open waited five seconds
 * for their first answer. Here the queries take turns instead: one at a time, with a turn of the
 * event loop before each, so the server reads, accepts and writes between them.
 */
export function takeTurns(pglite: PGlite): void {
  let last: Promise<unknown> = Promise.resolve();
  const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
  const inTurn =
    <A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> => {
      const result = last.then(turn).then(() => run(...args));
      last = result.catch(() => undefined);
      return result;
    };
  // A transaction's own queries go through its handle, inside its turn.
  pglite.query = inTurn(pglite.query.bind(pglite)) as PGlite['query'];
  pglite.exec = inTurn(pglite.exec.bind(pglite)) as PGlite['exec'];
  pglite.transaction = inTurn(pglite.transaction.bind(pglite)) as PGlite['transaction'];
}
