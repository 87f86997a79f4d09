import { count, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeGeneric, poolOf } from '../../src/server/db/pg-named';
import { mediaNews } from '../../src/server/db/schema';
import { insertNews } from '../../src/server/modules/media/news/insert';
import { knownCommon, ONE_PASS_MAX } from '../../src/server/modules/media/queries/news-list-search';
import { createTestApp, makeUnit, makeUser, type Session, type TestApp } from '../setup/test-app';

let t: TestApp;
let staf: Session;

/** More items with the same word than a text search sorts in one pass, spread over five months. */
const COMMON = ONE_PASS_MAX + 40;
const START = Date.parse('2025-01-01T08:00:00+07:00');
const HOUR = 3_600_000;
const titleOf = (i: number) => `Kopiluwak Ramai Nomor ${i}`;

beforeAll(async () => {
  t = await createTestApp();
  const humas = await makeUnit(t, { kind: 'group' });
  staf = (await makeUser(t, 'staf', humas.id)).session;
  const drafts = Array.from({ length: COMMON }, (_, i) => ({
    // One item an hour, with the odd ones out of order: the list sorts, the insert order does not matter.
    publishedAt: new Date(START + (i % 2 === 0 ? i : COMMON - i) * HOUR),
    title: titleOf(i),
    outletName: 'Warta Kopi',
    mediaType: 'online' as const,
    url: `https://kopi.example/${i}`,
  }));
  await insertNews(t.services.db, drafts, { source: 'import', actorId: null, toneOrigin: 'import' });
});
afterAll(() => t.close());

async function list(query: string) {
  const res = await t.request(`/api/media/news?${query}`, { as: staf });
  expect(res.status).toBe(200);
  return (await res.json()) as { items: { title: string; publishedAt: string }[]; total: number; totalCapped: boolean };
}

describe('a text search read in one pass, with its kept plan', () => {
  it('takes quotes, backslashes and SQL in the text as text', async () => {
    await insertNews(
      t.services.db,
      [1, 2].map((i) => ({
        publishedAt: new Date(START + i * HOUR),
        title: `Tehtarik O'Brien Nomor ${i}`,
        outletName: 'Warta Kopi',
        mediaType: 'online' as const,
        url: `https://teh.example/${i}`,
      })),
      { source: 'import', actorId: null, toneOrigin: 'import' },
    );
    const stored = async () => (await t.services.db.select({ n: count() }).from(mediaNews))[0]!.n;
    const before = await stored();
    for (const q of ["tehtarik'); DELETE FROM media_news; --", "tehtarik' OR '1'='1", "tehtarik \\'; SELECT 1; --"]) {
      const found = await list(`q=${encodeURIComponent(q)}`);
      expect(
        found.items.every((i) => i.title.startsWith('Tehtarik')),
        q,
      ).toBe(true);
    }
    expect(await stored()).toBe(before);
    expect((await list(`q=${encodeURIComponent("tehtarik o'brien")}`)).items.map((i) => i.title)).toEqual([
      "Tehtarik O'Brien Nomor 2",
      "Tehtarik O'Brien Nomor 1",
    ]);
  });
});

describe('a statement with its generic plan on PostgreSQL (db/pg-named.ts)', () => {
  it('is prepared once per connection, its setting ends with it, and a failure is reported', async () => {
    const pool = poolOf(t.services.db);
    if (t.database.kind !== 'postgres') {
      expect(pool).toBeUndefined();
      return;
    }
    const dialect = new PgDialect();
    const query = dialect.sqlToQuery(sql`SELECT ${sql.placeholder('v')}::text AS v, current_setting('plan_cache_mode') AS mode`);
    for (const v of ["it's", "x'); DELETE FROM media_news; --"]) {
      expect(await executeGeneric(pool!, 'uji_generic', query, { v })).toEqual([[v, 'force_generic_plan']]);
    }
    expect((await pool!.query("SELECT current_setting('plan_cache_mode') AS mode")).rows).toEqual([{ mode: 'auto' }]);
    const broken = dialect.sqlToQuery(sql`SELECT * FROM no_such_table`);
    await expect(executeGeneric(pool!, 'uji_broken', broken, {})).rejects.toThrow(/no_such_table/);
    expect(await executeGeneric(pool!, 'uji_generic', query, { v: 'lagi' })).toEqual([['lagi', 'force_generic_plan']]);
  });
});

describe('a text search with more matches than one pass sorts', () => {
  it('answers through the month walk, the same pages, and walks from then on', async () => {
    const all = Array.from({ length: COMMON }, (_, i) => ({
      title: titleOf(i),
      at: START + (i % 2 === 0 ? i : COMMON - i) * HOUR,
    })).sort((a, b) => b.at - a.at);
    expect(knownCommon({ q: 'kopiluwak' })).toBe(false);
    const first = await list('q=kopiluwak');
    expect(first).toMatchObject({ total: 1000, totalCapped: true });
    expect(first.items.map((i) => i.title)).toEqual(all.slice(0, 50).map((i) => i.title));
    expect(knownCommon({ q: 'kopiluwak' })).toBe(true);
    // Learnt: the next pages come from the walk directly.
    const later = await list('q=kopiluwak&limit=20&offset=1500');
    expect(later.items.map((i) => i.title)).toEqual(all.slice(1500, 1520).map((i) => i.title));
    expect(later).toMatchObject({ total: 1000, totalCapped: true });
    // A narrower search of the same word is its own: a month's matches fit one pass.
    const january = await list('q=kopiluwak&from=2025-01-01&to=2025-01-31');
    expect(knownCommon({ q: 'kopiluwak', from: '2025-01-01', to: '2025-01-31' })).toBe(false);
    const inJanuary = all.filter((i) => i.at < Date.parse('2025-02-01T00:00:00+07:00'));
    expect(january.total).toBe(inJanuary.length);
    expect(january.items.map((i) => i.title)).toEqual(inJanuary.slice(0, 50).map((i) => i.title));
  });
});
