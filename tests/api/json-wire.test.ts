import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromJsonWire, joinJsonBody, jsonPartText, jsonWire } from '../../src/server/db/json-text';
import { createTestApp, makeUnit, makeUser, type Session, type TestApp } from '../setup/test-app';

let t: TestApp;
let staf: Session;

beforeAll(async () => {
  t = await createTestApp();
  const bureau = await makeUnit(t, { kind: 'bureau' });
  staf = (await makeUser(t, 'staf', bureau.id)).session;
});
afterAll(() => t.close());

/** What the database sends for a text through json_wire (migration 0014). */
async function wire(text: string | null): Promise<string | null> {
  const [row] = await t.services.db.select({ sent: sql<string | null>`${jsonWire(sql`${text}::text`)}` }).from(sql`(SELECT 1) AS one`);
  return row!.sent;
}

describe('a JSON page from the database (json_wire)', () => {
  it('comes as it is when every character is ASCII', async () => {
    const page = '[{"title":"BPOM \\"kutip\\" \\u00e9","n":1}]';
    expect(await wire(page)).toBe(page);
    expect(fromJsonWire(page)).toBe(page);
    expect(await wire(null)).toBeNull();
  });

  it('comes as the bytes of its UTF-8 text otherwise, each character kept', async () => {
    // Two-, three- and four-byte characters: é, curly quotes and a dash, an emoji.
    const page = '[{"title":"Kafé “Sehat” — BPOM 😀"},{"title":"dua"}]';
    const sent = (await wire(page))!;
    expect(sent).not.toBe(page);
    expect(sent).toMatch(/^[A-Za-z0-9+/=\n]+$/);
    const bytes = fromJsonWire(sent);
    expect(Buffer.isBuffer(bytes)).toBe(true);
    expect((bytes as Buffer).equals(Buffer.from(page, 'utf8'))).toBe(true);
    expect(JSON.parse(jsonPartText(bytes))).toEqual(JSON.parse(page));
  });

  it('joins a body as one text while every part is text, and as bytes when one part is', () => {
    expect(joinJsonBody(['{"items":', '[1]', '}'])).toBe('{"items":[1]}');
    const joined = joinJsonBody(['{"items":', Buffer.from('["é"]'), ',"total":1}']);
    expect(Buffer.isBuffer(joined)).toBe(true);
    expect(JSON.parse(jsonPartText(joined))).toEqual({ items: ['é'], total: 1 });
  });

  it('answers a news page with text beyond ASCII exactly as recorded, and one without', async () => {
    const recorded = [
      ['2021-03-01T08:00:00+07:00', 'Kafé “Sehat” — BPOM tarik produk 😀', 'Kabar “Kita”'],
      ['2021-03-02T08:00:00+07:00', 'BPOM tarik produk ilegal di pasar', 'Kabar Pagi'],
    ];
    for (const [publishedAt, title, outletName] of recorded) {
      const res = await t.request('/api/media/news', { as: staf, body: { publishedAt, title, outletName, mediaType: 'online' } });
      expect(res.status).toBe(201);
    }
    const page = async (query: string) => {
      const res = await t.request(`/api/media/news?${query}`, { as: staf });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/json');
      return (await res.json()) as { items: { title: string; outletName: string }[]; total: number };
    };
    // Both items (a page beyond ASCII, sent as bytes), and the second alone (ASCII, sent as text).
    const both = await page('from=2021-03-01&to=2021-03-02');
    expect(both.items.map((item) => [item.title, item.outletName])).toEqual([recorded[1]!.slice(1), recorded[0]!.slice(1)]);
    expect(both.total).toBe(2);
    const second = await page('from=2021-03-02&to=2021-03-02');
    expect(second.items.map((item) => [item.title, item.outletName])).toEqual([recorded[1]!.slice(1)]);
  });
});
