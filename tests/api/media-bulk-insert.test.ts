import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaNews } from '../../src/server/db/schema';
import { bulkInsertNews } from '../../src/server/modules/media/news/bulk-insert';
import { insertNews, type NewsDraft, prepareNews } from '../../src/server/modules/media/news/insert';
import { createTestApp, type TestApp } from '../setup/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Text that a bulk format could mangle: its separators, escapes, quotes, array syntax and NULL markers. */
const AWKWARD = 'Tab\there, line\nbreak, CR\r, back\\slash, "quotes", {braces}, comma, NULL, \\N, é ✓';

const draft = (n: number, over: Partial<NewsDraft> = {}): NewsDraft => ({
  publishedAt: new Date(`2024-05-0${n}T03:00:00Z`),
  title: `Uji Impor Massal ${n} — ${AWKWARD}`,
  outletName: 'Media Uji Massal',
  mediaType: 'online',
  url: `https://massal.example/berita/${n}?q=a\\b`,
  summary: AWKWARD,
  journalist: 'Wartawan\tUji',
  issues: ['NULL', 'a,b', 'c"d', '{e}', 'back\\slash', AWKWARD],
  spokespersons: [],
  commodities: ['obat'],
  region: null,
  ...over,
});

describe('bulk insert of news', () => {
  it('stores awkward text exactly, by COPY in a transaction and otherwise', async () => {
    const db = t.services.db;
    const options = { source: 'import' as const, actorId: null, toneOrigin: 'import' as const };
    // In a transaction (COPY on both drivers) …
    const inTx = await db.transaction((tx) => insertNews(tx, [draft(1), draft(2, { tone: 'negative' })], options));
    // … and outside one (node-postgres's pool cannot COPY: the unnest statement instead).
    const outside = await prepareNews(db, [draft(3)], options);
    await bulkInsertNews(db, outside.rows);

    const rows = [...inTx.rows, ...outside.rows];
    const stored = await db
      .select()
      .from(mediaNews)
      .where(
        inArray(
          mediaNews.id,
          rows.map((r) => r.id),
        ),
      );
    expect(stored).toHaveLength(3);
    for (const row of rows) {
      const s = stored.find((x) => x.id === row.id)!;
      expect(s).toMatchObject({
        title: row.title,
        titleKey: row.titleKey,
        summary: AWKWARD,
        journalist: 'Wartawan\tUji',
        url: row.url,
        urlKey: row.urlKey,
        // Tags have their inner white space folded to one space; nothing else changes.
        issues: ['NULL', 'a,b', 'c"d', '{e}', 'back\\slash', AWKWARD.replace(/\s+/g, ' ')],
        commodities: ['obat'],
        spokespersons: [],
        region: null,
        tone: row.tone,
        suggestedTone: row.suggestedTone,
        duplicateGroupId: row.duplicateGroupId,
        duplicateOfId: null,
      });
      expect(s.publishedAt.toISOString()).toBe(row.publishedAt.toISOString());
      expect(s.createdAt).toBeInstanceOf(Date);
    }
  });

  it('gives new items time-ordered ids (UUID version 7), so a batch sorts together after older items', async () => {
    const { rows } = await t.services.db.transaction((tx) =>
      insertNews(tx, [draft(4, { url: null }), draft(5, { url: null }), draft(6, { url: null })], {
        source: 'manual',
        actorId: null,
        toneOrigin: 'staff',
      }),
    );
    const ids = rows.map((r) => r.id);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
  });
});
