import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeTurns } from './pglite-turns';

describe('PGlite queries taking turns with the event loop', () => {
  let pglite: PGlite;
  beforeAll(async () => {
    pglite = new PGlite();
    await pglite.waitReady;
    takeTurns(pglite);
  });
  afterAll(() => pglite.close());

  it('lets the event loop run between queued queries, which still answer in order', async () => {
    const done: string[] = [];
    const queries = Array.from({ length: 20 }, (_, i) =>
      pglite.query<{ n: number }>('SELECT $1::int AS n', [i]).then((r) => done.push(`q${r.rows[0]!.n}`)),
    );
    // Queued after all twenty: without turns it would run only once every query had answered.
    setImmediate(() => done.push('event loop'));
    await Promise.all(queries);
    expect(done.filter((d) => d.startsWith('q'))).toEqual(Array.from({ length: 20 }, (_, i) => `q${i}`));
    expect(done.indexOf('event loop')).toBeGreaterThan(-1);
    expect(done.indexOf('event loop')).toBeLessThan(done.length - 1);
  });

  it('goes on after a failing query, and keeps a transaction whole', async () => {
    const failing = pglite.query('SELECT * FROM no_such_table');
    const next = pglite.query<{ one: number }>('SELECT 1 AS one');
    await expect(failing).rejects.toThrow(/no_such_table/);
    expect((await next).rows).toEqual([{ one: 1 }]);
    await pglite.exec('CREATE TABLE turns (n int)');
    const tx = pglite.transaction(async (t) => {
      await t.query('INSERT INTO turns VALUES (1)');
      await t.query('INSERT INTO turns VALUES (2)');
    });
    const after = pglite.query<{ total: number }>('SELECT sum(n)::int AS total FROM turns');
    await tx;
    expect((await after).rows).toEqual([{ total: 3 }]);
  });
});
