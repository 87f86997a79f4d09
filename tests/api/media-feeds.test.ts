import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaFeedPolls, mediaFeeds, mediaNews } from '../../src/server/db/schema';
import { queryRows } from '../../src/server/db/sql';
import { pollDueFeeds } from '../../src/server/modules/media/feeds/poll';
import { createTestApp, makeUnit, makeUser, type Session, type TestApp } from '../setup/test-app';

let t: TestApp;
let koordinator: Session;
let server: http.Server;
let base: string;
let slowHits = 0;

const RSS = (items: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Kabar Uji</title>${items}</channel></rss>`;
const item = (title: string, link: string, description = '', date = 'Mon, 01 Sep 2025 08:00:00 +0700') =>
  `<item><title><![CDATA[${title}]]></title><link>${link}</link><description>${description}</description><pubDate>${date}</pubDate><dc:creator>Andi</dc:creator></item>`;

const ATOM = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Warta Atom</title>
<entry><title>Badan Pengawas Obat dan Makanan Rilis Data Pengawasan &amp; Penindakan</title><link href="https://atom.example/a1"/>
<published>2025-09-01T03:00:00Z</published><summary>Ringkasan</summary></entry>
<entry><title>Harga Cabai Naik</title><link href="https://atom.example/a2"/><published>2025-09-01T04:00:00Z</published></entry></feed>`;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/rss') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(
        RSS(
          item('BPOM Sita Kosmetik Ilegal di Bekasi', 'https://kabar.example/1?utm_source=rss', 'Badan POM menyita ribuan kosmetik.') +
            item('Harga Beras Stabil', 'https://kabar.example/2', 'Tidak menyebut badan itu.') +
            item('Kosmetik ilegal disita', 'https://kabar.example/3', 'Petugas Badan POM di Bekasi menyita kosmetik.') +
            item('Tanpa tautan BPOM', ''),
        ),
      );
    } else if (req.url === '/issues') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(
        RSS(
          item('BPOM Temukan Kosmetik Ilegal Mengandung Merkuri', 'https://issues.example/1', 'Badan POM menarik produknya.') +
            item('BPOM Buka Layanan Baru', 'https://issues.example/2', 'Tanpa isu yang dikenal.'),
        ),
      );
    } else if (req.url === '/atom') {
      res.writeHead(200, { 'content-type': 'application/atom+xml' });
      res.end(ATOM);
    } else if (req.url === '/garbage') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body>Bukan feed</body></html>');
    } else if (req.url === '/slow') {
      slowHits++;
      setTimeout(() => res.end(RSS('')), 3000).unref();
    } else {
      res.writeHead(500);
      res.end('error');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  t = await createTestApp();
  const humas = await makeUnit(t, { kind: 'group' });
  koordinator = (await makeUser(t, 'koordinator', humas.id)).session;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

async function addFeed(name: string, path: string, keywords: string[] = []) {
  const res = await t.request('/api/media/feeds', { as: koordinator, body: { name, url: `${base}${path}`, keywords, outletName: name } });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

describe('feeds', () => {
  it('polls every due feed; garbage, errors and timeouts are logged and retried later without stopping the others', async () => {
    const rss = await addFeed('Kabar Uji', '/rss');
    const atom = await addFeed('Warta Atom', '/atom');
    const garbage = await addFeed('Sampah', '/garbage');
    const slow = await addFeed('Lambat', '/slow');
    const broken = await addFeed('Rusak', '/500');
    const now = new Date();
    const results = await pollDueFeeds(t.services.db, { now, timeoutMs: 500, logger: pino({ level: 'silent' }) });
    const byFeed = new Map(results.map((r) => [r.feedId, r]));
    expect(results).toHaveLength(5);
    // Two RSS items mention the agency by its keywords ("BPOM", "Badan POM"); one Atom entry by its full name.
    expect(byFeed.get(rss)).toMatchObject({ status: 'ok', itemsSeen: 4, itemsAdded: 2 }); // the item without a link is not taken
    expect(byFeed.get(atom)).toMatchObject({ status: 'ok', itemsAdded: 1 });
    expect(byFeed.get(garbage)).toMatchObject({ status: 'error' });
    expect(byFeed.get(garbage)!.error).toContain('RSS');
    expect(byFeed.get(slow)!.error).toMatch(/timed out/);
    expect(byFeed.get(broken)!.error).toContain('HTTP 500');
    // Each failure classified from the error itself, for the screen to explain.
    expect([garbage, slow, broken].map((id) => byFeed.get(id)!.errorKind)).toEqual(['not_feed', 'timeout', 'http']);
    expect(slowHits).toBe(1);

    const [failed] = await t.services.db.select().from(mediaFeeds).where(eq(mediaFeeds.id, garbage));
    expect(failed!.consecutiveFailures).toBe(1);
    expect(failed!.lastErrorKind).toBe('not_feed');
    expect(failed!.nextPollAt.getTime()).toBeGreaterThan(now.getTime() + 30 * 60_000); // backed off: 2 × 30 minutes
    const log = await t.services.db.select().from(mediaFeedPolls).where(eq(mediaFeedPolls.feedId, garbage));
    expect(log).toHaveLength(1);

    const stored = await queryRows<{
      title: string;
      source: string;
      tone: string | null;
      suggested_tone: string | null;
      journalist: string;
    }>(t.services.db, sql`SELECT title, source, tone, suggested_tone, journalist FROM media_news ORDER BY title`);
    expect(stored.map((s) => s.title)).toEqual([
      'BPOM Sita Kosmetik Ilegal di Bekasi',
      'Badan Pengawas Obat dan Makanan Rilis Data Pengawasan & Penindakan',
      'Kosmetik ilegal disita',
    ]);
    expect(stored.every((s) => s.source === 'feed' && s.tone === null && s.suggested_tone !== null)).toBe(true);

    // Nothing is due a minute later; when it is, the same items are not stored twice.
    expect(await pollDueFeeds(t.services.db, { now: new Date(now.getTime() + 60_000), timeoutMs: 500 })).toHaveLength(0);
    const later = new Date(now.getTime() + 31 * 60_000);
    const again = await pollDueFeeds(t.services.db, { now: later, timeoutMs: 500 });
    expect(again.find((r) => r.feedId === rss)).toMatchObject({ status: 'ok', itemsAdded: 0 });
    const [{ n }] = (await queryRows<{ n: number }>(t.services.db, sql`SELECT count(*)::int AS n FROM media_news`)) as [{ n: number }];
    expect(n).toBe(3);
  });

  it('tags items with the issues the past year of news carried, when the item names every word of one', async () => {
    const staf = (await makeUser(t, 'staf', null)).session;
    const recent = new Date(Date.now() - 10 * 86_400_000).toISOString();
    const known = await t.request('/api/media/news', {
      as: staf,
      body: {
        publishedAt: recent,
        title: 'Kosmetik ilegal disita di pelabuhan',
        outletName: 'Kabar Uji',
        mediaType: 'online',
        url: 'https://issues.example/known',
        issues: ['Kosmetik Ilegal', 'Pengawasan Pelabuhan'],
      },
    });
    expect(known.status).toBe(201);
    const id = await addFeed('Isu Uji', '/issues');
    expect(
      ((await (await t.request(`/api/media/feeds/${id}/poll`, { as: koordinator, body: {} })).json()) as { itemsAdded: number }).itemsAdded,
    ).toBe(2);
    const stored = await queryRows<{ title: string; issues: string[] }>(
      t.services.db,
      sql`SELECT title, issues FROM media_news WHERE feed_id = ${id} ORDER BY title`,
    );
    expect(stored.map((s) => [s.title, s.issues])).toEqual([
      ['BPOM Buka Layanan Baru', []],
      ['BPOM Temukan Kosmetik Ilegal Mengandung Merkuri', ['Kosmetik Ilegal']],
    ]);
  });

  it('polls one feed on demand and shows its log', async () => {
    const id = await addFeed('Rusak Lagi', '/500');
    const res = await t.request(`/api/media/feeds/${id}/poll`, { as: koordinator, body: {} });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { status: string }).status).toBe('error');
    const log = (await (await t.request(`/api/media/feeds/${id}/polls`, { as: koordinator })).json()) as { items: { error: string }[] };
    expect(log.items[0]!.error).toContain('HTTP 500');
    const bad = await t.request('/api/media/feeds', { as: koordinator, body: { name: 'x', url: 'file:///etc/passwd' } });
    expect(bad.status).toBe(400);
    const [{ count }] = (await queryRows<{ count: number }>(
      t.services.db,
      sql`SELECT count(*)::int AS count FROM ${mediaNews} WHERE feed_id = ${id}`,
    )) as [{ count: number }];
    expect(count).toBe(0);
  });
});
