import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeNamed, sqlLiteral } from './pglite-named';
import { PGliteThread } from './pglite-thread';

const dialect = new PgDialect();

describe('named statements on PGlite', () => {
  let pglite: PGliteThread;
  beforeAll(async () => {
    pglite = await PGliteThread.open({});
    await pglite.exec(`SET standard_conforming_strings = on;
      CREATE TABLE notes (id int PRIMARY KEY, body text NOT NULL, done boolean NOT NULL);
      INSERT INTO notes VALUES (1, 'satu', true), (2, 'dua', false), (3, 'it''s \\ three', true)`);
  });
  afterAll(() => pglite.close());

  const byBody = dialect.sqlToQuery(
    sql`SELECT id, body FROM notes WHERE body = ${sql.placeholder('body')} AND done = ${sql.placeholder('done')} ORDER BY id`,
  );

  it('prepares once and runs with the values given, keeping one plan', async () => {
    expect(await executeNamed(pglite, 'notes_by_body', byBody, { body: 'satu', done: true })).toEqual([[1, 'satu']]);
    expect(await executeNamed(pglite, 'notes_by_body', byBody, { body: 'dua', done: false })).toEqual([[2, 'dua']]);
    expect(await executeNamed(pglite, 'notes_by_body', byBody, { body: 'dua', done: true })).toEqual([]);
    const { rows } = await pglite.query<{ name: string }>('SELECT name FROM pg_prepared_statements');
    expect(rows.map((r) => r.name)).toEqual(['notes_by_body']);
  });

  it('passes text with quotes, backslashes and SQL in it as a value, never as SQL', async () => {
    expect(await executeNamed(pglite, 'notes_by_body', byBody, { body: "it's \\ three", done: true })).toEqual([[3, "it's \\ three"]]);
    const injection = "x'); DELETE FROM notes; --";
    expect(await executeNamed(pglite, 'notes_by_body', byBody, { body: injection, done: true })).toEqual([]);
    expect((await pglite.query('SELECT id FROM notes')).rows).toHaveLength(3);
  });

  it('runs with its generic plan when asked, the setting for that statement only, values still values', async () => {
    const injection = "x'; DELETE FROM notes; SELECT '";
    expect(await executeNamed(pglite, 'notes_by_body', byBody, { body: injection, done: true }, { generic: true })).toEqual([]);
    expect(await executeNamed(pglite, 'notes_by_body', byBody, { body: "it's \\ three", done: true }, { generic: true })).toEqual([
      [3, "it's \\ three"],
    ]);
    expect((await pglite.query('SELECT id FROM notes')).rows).toHaveLength(3);
    const { rows } = await pglite.query<{ generic: number }>(
      "SELECT generic_plans::int AS generic FROM pg_prepared_statements WHERE name = 'notes_by_body'",
    );
    expect(rows[0]!.generic).toBeGreaterThanOrEqual(2);
    expect((await pglite.query<{ mode: string }>("SELECT current_setting('plan_cache_mode') AS mode")).rows).toEqual([{ mode: 'auto' }]);
  });

  it('writes only numbers, text, booleans and null as literals', () => {
    expect(sqlLiteral(50)).toBe('50');
    expect(sqlLiteral(false)).toBe('false');
    expect(sqlLiteral(null)).toBe('NULL');
    expect(sqlLiteral("O'Brien")).toBe("'O''Brien'");
    expect(() => sqlLiteral(Number.NaN)).toThrow(TypeError);
    expect(() => sqlLiteral({})).toThrow(TypeError);
  });

  it('reports a statement that cannot be prepared, and tries it again next time', async () => {
    const broken = dialect.sqlToQuery(sql`SELECT * FROM no_such_table`);
    await expect(executeNamed(pglite, 'broken', broken, {})).rejects.toThrow(/no_such_table/);
    await pglite.exec('CREATE TABLE no_such_table (n int)');
    expect(await executeNamed(pglite, 'broken', broken, {})).toEqual([]);
  });
});
