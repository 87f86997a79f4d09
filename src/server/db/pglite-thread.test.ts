import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGliteThread } from './pglite-thread';

describe('the embedded database on its own thread', () => {
  let db: PGliteThread;
  beforeAll(async () => {
    db = await PGliteThread.open({});
    await db.exec(`CREATE TABLE notes (id int PRIMARY KEY, body text NOT NULL, at timestamptz, tags text[] NOT NULL DEFAULT '{}');
      CREATE EXTENSION pg_trgm`);
  });
  afterAll(() => db.close());

  it('answers queries with their values: numbers, text, dates, arrays, bytes', async () => {
    await db.query('INSERT INTO notes VALUES ($1, $2, $3, $4)', [1, 'satu', '2021-01-28T01:00:00Z', ['a', 'b']]);
    const { rows } = await db.query<{ id: number; body: string; at: Date; tags: string[] }>('SELECT * FROM notes');
    expect(rows).toEqual([{ id: 1, body: 'satu', at: new Date('2021-01-28T01:00:00Z'), tags: ['a', 'b'] }]);
    const bytes = await db.query<{ b: Uint8Array }>(`SELECT '\\x0102'::bytea AS b`);
    expect([...bytes.rows[0]!.b]).toEqual([1, 2]);
    const arrays = await db.query('SELECT id, body FROM notes', [], { rowMode: 'array' });
    expect(arrays.rows).toEqual([[1, 'satu']]);
    expect((await db.query(`SELECT similarity('jamu', 'jamu ilegal') > 0 AS s`)).rows).toEqual([{ s: true }]);
  });

  it("keeps a type's text as it is when the query asks, as Drizzle does for timestamps", async () => {
    const keep = (value: string) => value;
    const { rows } = await db.query<{ at: string }>('SELECT at FROM notes WHERE id = 1', [], { parsers: { 1184: keep } });
    expect(typeof rows[0]!.at).toBe('string');
    await expect(db.query('SELECT 1', [], { parsers: { 1184: (v: string) => new Date(v) } })).rejects.toThrow(/parsers/);
  });

  it("reports the database's errors with their fields, and goes on answering", async () => {
    const error = await db.query('INSERT INTO notes (id, body) VALUES (1, $1)', ['lagi']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: '23505', constraint: 'notes_pkey' });
    expect((await db.query('SELECT count(*)::int AS n FROM notes')).rows).toEqual([{ n: 1 }]);
  });

  it('commits a transaction whose work returns, rolls back one whose work throws', async () => {
    await db.transaction(async (tx) => {
      await tx.query('INSERT INTO notes (id, body) VALUES (2, $1)', ['dua']);
      await tx.exec("INSERT INTO notes (id, body) VALUES (3, 'tiga')");
    });
    await expect(
      db.transaction(async (tx) => {
        await tx.query("INSERT INTO notes (id, body) VALUES (4, 'empat')");
        throw new Error('batal');
      }),
    ).rejects.toThrow('batal');
    await db.transaction(async (tx) => {
      await tx.query("INSERT INTO notes (id, body) VALUES (5, 'lima')");
      await tx.rollback();
    });
    const { rows } = await db.query<{ id: number }>('SELECT id FROM notes ORDER BY id');
    expect(rows.map((r) => r.id)).toEqual([1, 2, 3]);
  });

  it('makes other queries wait for an open transaction, as PGlite does', async () => {
    const seen: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const transaction = db.transaction(async (tx) => {
      await tx.query("UPDATE notes SET body = 'satu lagi' WHERE id = 1");
      await held;
      seen.push('transaction ends');
    });
    // Sent while the transaction is open: answered after it commits, seeing its change.
    const outside = db.query<{ body: string }>('SELECT body FROM notes WHERE id = 1').then((r) => {
      seen.push('outside answered');
      return r.rows[0]!.body;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await transaction;
    expect(await outside).toBe('satu lagi');
    expect(seen).toEqual(['transaction ends', 'outside answered']);
  });

  it('copies rows from a blob, inside a transaction too', async () => {
    await db.transaction(async (tx) => {
      await tx.query(`COPY notes (id, body) FROM '/dev/blob'`, [], { blob: new Blob(['10\tsepuluh\n11\tsebelas\n']) });
    });
    expect((await db.query('SELECT body FROM notes WHERE id >= 10 ORDER BY id')).rows).toEqual([{ body: 'sepuluh' }, { body: 'sebelas' }]);
  });

  it('dumps its data folder, from which another database opens with the same rows', async () => {
    const dump = await db.dumpDataDir('none');
    const copy = await PGliteThread.open({ loadDataDir: dump });
    try {
      expect((await copy.query('SELECT count(*)::int AS n FROM notes')).rows).toEqual([{ n: 5 }]);
    } finally {
      await copy.close();
    }
  });

  it('leaves the calling thread free while a query runs', async () => {
    // In-process, PGlite runs a query synchronously and no timer fires until it ends.
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    await db.query('SELECT count(*) FROM generate_series(1, 3000000)');
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(2);
  });

  it('refuses queries once closed, without saying it stopped on its own', async () => {
    const stopped: Error[] = [];
    const other = await PGliteThread.open({ onStopped: (error) => stopped.push(error) });
    await other.close();
    await expect(other.query('SELECT 1')).rejects.toThrow(/stopped/);
    expect(stopped).toEqual([]);
  });

  describe('when PGlite fails beyond a query (a stand-in that fails as PGlite can)', () => {
    const engine = new URL('../../../tests/fixtures/failing-pglite.mjs', import.meta.url);
    /** A thread running the stand-in, and the cause it reports when it stops on its own. */
    async function openFailing() {
      let tell: (error: Error) => void = () => undefined;
      const stopped = new Promise<Error>((resolve) => {
        tell = resolve;
      });
      const thread = await PGliteThread.open({ engine, onStopped: (error) => tell(error) });
      return { thread, stopped };
    }

    it("answers a query's own error and goes on", async () => {
      const { thread } = await openFailing();
      try {
        await expect(thread.query('error')).rejects.toMatchObject({ message: 'division by zero', code: '22012' });
        expect((await thread.query('SELECT 1')).rows).toEqual([{ answered: 'SELECT 1' }]);
      } finally {
        await thread.close();
      }
    });

    it('stops on a WebAssembly trap, says so with the cause, and refuses every query after', async () => {
      const { thread, stopped } = await openFailing();
      await expect(thread.query('SELECT 1')).resolves.toBeDefined();
      await expect(thread.query('trap')).rejects.toThrow('unreachable');
      expect((await stopped).message).toBe('unreachable');
      await expect(thread.query('SELECT 1')).rejects.toThrow('unreachable');
    });

    it("stops when PGlite's PostgreSQL exits, naming the exit (Emscripten's ExitStatus is no Error)", async () => {
      const { thread, stopped } = await openFailing();
      await expect(thread.query('exit')).rejects.toThrow('Program terminated with exit(1)');
      expect((await stopped).message).toBe('Program terminated with exit(1)');
    });

    it('stops when PGlite fails inside a transaction, and the transaction is refused with the cause', async () => {
      const { thread, stopped } = await openFailing();
      await expect(thread.transaction(async (tx) => tx.query('trap'))).rejects.toThrow('unreachable');
      expect((await stopped).message).toBe('unreachable');
    });
  });
});
