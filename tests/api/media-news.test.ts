import ExcelJS from 'exceljs';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, mediaNews } from '../../src/server/db/schema';
import { queryRows } from '../../src/server/db/sql';
import { knownCommon, rememberCommon } from '../../src/server/modules/media/queries/news-list-search';
import { MEASURES } from '../../src/server/modules/measures';
import { periodOf } from '../../src/server/modules/performance';
import { createTestApp, makeUnit, makeUser, type Session, type TestApp } from '../setup/test-app';
import { ZNewsListItem, ZNewsQueueItem } from '../../src/shared/media';

let t: TestApp;
let staf: Session;
let auditor: Session;
let unitUser: Session;

interface Item {
  id: string;
  title: string;
  tone: string | null;
  suggestedTone: string | null;
  suggestionAccepted: boolean | null;
  duplicateOfId: string | null;
  duplicates: number;
  issues: string[];
  outletName: string;
}
interface List {
  items: Item[];
  total: number;
  totalCapped: boolean;
}
interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; message: string; row?: number; column?: string }[] };
}

beforeAll(async () => {
  t = await createTestApp();
  const humas = await makeUnit(t, { kind: 'group' });
  const office = await makeUnit(t, { kind: 'regional_office' });
  staf = (await makeUser(t, 'staf', humas.id)).session;
  auditor = (await makeUser(t, 'auditor', humas.id)).session;
  unitUser = (await makeUser(t, 'unit_pengusul', office.id)).session;
});
afterAll(() => t.close());

const news = (over: Record<string, unknown> = {}) => ({
  publishedAt: '2025-03-02T09:15:00+07:00',
  title: 'BPOM Terbitkan Izin Edar Vaksin Baru',
  outletName: 'Lintas Warta Uji',
  mediaType: 'online',
  url: 'https://lintaswarta.example/berita/2025/03/02/bpom-izin-edar',
  issues: ['Vaksin Uji'],
  ...over,
});

/** Items with no issue, one per [moment, headline], each at its own address. */
async function recordHeadlines(at: string[][]): Promise<void> {
  for (const [publishedAt, title] of at) {
    const res = await t.request('/api/media/news', {
      as: staf,
      body: news({ publishedAt, title, url: `https://headlines.example/${encodeURIComponent(title!)}`, issues: [] }),
    });
    expect(res.status).toBe(201);
  }
}

async function list(query: string, as = staf): Promise<List> {
  const res = await t.request(`/api/media/news?${query}`, { as });
  expect(res.status).toBe(200);
  return (await res.json()) as List;
}

function form(content: string, fileName: string, mapping?: Record<string, string | null>) {
  const data = new FormData();
  data.append('file', new File([content], fileName));
  if (mapping) data.append('mapping', JSON.stringify(mapping));
  return data;
}

describe('access', () => {
  it('answers 401 without a session, 403 to a unit user, 200 to the bureau', async () => {
    expect((await t.request('/api/media/news')).status).toBe(401);
    expect((await t.request('/api/media/news', { as: unitUser })).status).toBe(403);
    expect((await t.request('/api/media/news', { as: auditor })).status).toBe(200);
    // An auditor reads but does not label.
    const res = await t.request('/api/media/news/tone', { as: auditor, body: { ids: [crypto.randomUUID()], tone: 'positive' } });
    expect(res.status).toBe(403);
  });
});

describe('manual entry and labelling', () => {
  it('records an item with a suggestion, groups a repeated URL, and labels the group once', async () => {
    const first = await t.request('/api/media/news', {
      as: staf,
      body: news({ summary: 'Komisi IX DPR mengapresiasi langkah cepat BPOM.' }),
    });
    expect(first.status).toBe(201);
    const { id, duplicateOf } = (await first.json()) as { id: string; duplicateOf: string | null };
    expect(duplicateOf).toBeNull();
    // The same page again, from a feed with tracking parameters and the mobile host.
    const again = await t.request('/api/media/news', {
      as: staf,
      body: news({ url: 'https://m.lintaswarta.example/berita/2025/03/02/bpom-izin-edar/?utm_source=wa', outletName: 'Lintas Warta Uji' }),
    });
    expect(((await again.json()) as { duplicateOf: string; duplicateReason: string }).duplicateOf).toBe(id);

    const queue = (await (await t.request('/api/media/news/queue', { as: staf })).json()) as List;
    expect(queue.items.map((i) => i.id)).toEqual([id]); // the copy is not queued
    expect(queue.items[0]!.suggestedTone).toBe('positive'); // the lexicon's "mengapresiasi"
    expect(queue.items[0]!.duplicates).toBe(1);
    expect(queue.items[0]).toMatchObject({ summary: 'Komisi IX DPR mengapresiasi langkah cepat BPOM.' });
    // The database writes the rows' JSON (queries/news-list.ts): exactly the schema's fields, of its types.
    expect(Object.keys(queue.items[0]!).sort()).toEqual(Object.keys(ZNewsQueueItem.shape).sort());
    expect(() => ZNewsQueueItem.parse(queue.items[0])).not.toThrow();
    // A list row carries the detail's values for the fields it has; the detail has the rest.
    const detail = (await (await t.request(`/api/media/news/${id}`, { as: staf })).json()) as Record<string, unknown>;
    const [row] = (await list(`q=${encodeURIComponent('Izin Edar Vaksin')}`)).items as unknown as Record<string, unknown>[];
    for (const [key, value] of Object.entries(row!)) expect([key, detail[key]]).toEqual([key, value]);
    expect(Object.keys(row!).sort()).toEqual(Object.keys(ZNewsListItem.shape).sort());
    expect(Object.keys(detail).length).toBeGreaterThan(Object.keys(row!).length);
    // A page past the end is empty but still counts the matches for the pager.
    expect(await list('q=Vaksin&offset=50')).toMatchObject({ items: [], total: 1, totalCapped: false });

    const accepted = await t.request('/api/media/news/tone', { as: staf, body: { ids: [id], accept: true } });
    expect(accepted.status).toBe(200);
    const rows = await t.services.db.select().from(mediaNews).where(eq(mediaNews.duplicateGroupId, id));
    expect(rows.map((r) => r.tone)).toEqual(['positive', 'positive']);
    const canonical = rows.find((r) => r.id === id)!;
    expect(canonical).toMatchObject({ toneOrigin: 'staff', suggestionAccepted: true });
    expect(canonical.toneSetBy).toBeTruthy();

    // A correction against the suggestion is recorded as not accepted.
    await t.request('/api/media/news/tone', { as: staf, body: { ids: [id], tone: 'neutral' } });
    const [corrected] = await t.services.db.select().from(mediaNews).where(eq(mediaNews.id, id));
    expect(corrected).toMatchObject({ tone: 'neutral', suggestionAccepted: false });

    // Counted once: two rows, one item for IKK8.
    const result = await MEASURES.get('media.news_quality_pct')!.compute(t.services.db, periodOf(2025, 0), {});
    expect(result.denominator).toBe(1);
  });

  it('refuses bad input and changes nothing', async () => {
    const [before] = await t.services.db.select({ n: count() }).from(mediaNews);
    const cases: [string, unknown][] = [
      ['/api/media/news', news({ title: 'x'.repeat(501) })],
      ['/api/media/news', news({ mediaType: 'koran' })],
      ['/api/media/news', news({ url: 'javascript:alert(1)' })],
      ['/api/media/news', { ...news(), extra: 1 }],
      ['/api/media/news/tone', { ids: [crypto.randomUUID()], tone: 'senang' }],
      ['/api/media/news/tone', { ids: Array.from({ length: 501 }, () => crypto.randomUUID()), tone: 'positive' }],
      ['/api/media/news/tone', { ids: [crypto.randomUUID()], tone: 'positive' }],
      ['/api/media/news/tone', { ids: [crypto.randomUUID()], tone: 'positive', accept: true }],
    ];
    for (const [url, body] of cases) {
      const res = await t.request(url, { as: staf, body });
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(((await res.json()) as ErrorBody).error.message.length).toBeGreaterThan(5);
    }
    const malformed = await t.request('/api/media/news', {
      as: staf,
      rawBody: '{"title":',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.status).toBe(400);
    const [after] = await t.services.db.select({ n: count() }).from(mediaNews);
    expect(after!.n).toBe(before!.n);
  });
});

describe('import', () => {
  const header = 'tanggal terbit,judul,media,jenis media,tautan,tonasi,isu\n';
  const good = [
    '2025-04-01 08:00,Kepala BPOM Resmikan Laboratorium Baru di Surabaya,Kabar Uji,online,https://kabaruji.example/a,netral,Laboratorium',
    '2025-04-01 09:30,Kepala BPOM Resmikan Laboratorium Baru di Surabaya - Warta Uji,Warta Uji,online,https://wartauji.example/b,,Laboratorium',
    '2025-04-02 10:00,YLKI Apresiasi BPOM Tarik Produk Berbahaya,Harian Uji,cetak,,positif,Produk Berbahaya',
    '2025-04-02 11:00,Ulasan Lain,Kabar Uji,online,https://kabaruji.example/a?utm_medium=x,,Laboratorium',
  ];
  const bad = '31/02/2025 07:00,Judul dengan tanggal salah,Kabar Uji,online,,netral,';

  it('names the bad row, writes nothing until it is fixed, then groups the two duplicates', async () => {
    const [before] = await t.services.db.select({ n: count() }).from(mediaNews);
    const csv = header + [good[0], good[1], bad, good[2], good[3]].join('\n');
    const res = await t.request('/api/media/news/import/preview', { as: staf, rawBody: form(csv, 'berita.csv') });
    expect(res.status).toBe(201);
    const { batch, duplicates } = (await res.json()) as {
      batch: { id: string; errorCount: number; errors: { row: number; column: string }[] };
      duplicates: { row: number; reason: string; ofRow: number | null }[];
    };
    expect(batch.errorCount).toBe(1);
    expect(batch.errors[0]).toMatchObject({ row: 4, column: 'publishedAt' });
    // The valid rows are checked for duplicates already: a copy of row 2 under another outlet, and row 2's URL again.
    expect(duplicates.map((d) => [d.row, d.reason])).toEqual([
      [3, 'syndicated'],
      [6, 'url'],
    ]);
    const refused = await t.request(`/api/imports/${batch.id}/commit`, { as: staf, method: 'POST' });
    expect(refused.status).toBe(422);
    const [unchanged] = await t.services.db.select({ n: count() }).from(mediaNews);
    expect(unchanged!.n).toBe(before!.n);

    const fixed = header + [good[0], good[1], bad.replace('31/02/2025', '28/02/2025'), good[2], good[3]].join('\n');
    const second = (await (await t.request('/api/media/news/import/preview', { as: staf, rawBody: form(fixed, 'berita.csv') })).json()) as {
      batch: { id: string; errorCount: number };
      duplicates: { row: number; reason: string; ofRow: number | null }[];
    };
    expect(second.batch.errorCount).toBe(0);
    expect(second.duplicates).toEqual([
      { row: 3, reason: 'syndicated', ofRow: 2, existing: null },
      { row: 6, reason: 'url', ofRow: 2, existing: null },
    ]);
    const auditBefore = (await t.services.db.select({ n: count() }).from(auditLog))[0]!.n;
    const commit = await t.request(`/api/imports/${second.batch.id}/commit`, { as: staf, method: 'POST' });
    expect(commit.status).toBe(200);
    const stored = await queryRows<{ title: string; tone: string | null; tone_origin: string | null; duplicate_of_id: string | null }>(
      t.services.db,
      sql`SELECT title, tone, tone_origin, duplicate_of_id FROM media_news WHERE source = 'import' ORDER BY published_at`,
    );
    expect(stored).toHaveLength(5);
    expect(stored.filter((s) => s.duplicate_of_id !== null)).toHaveLength(2);
    expect(stored[0]).toMatchObject({ tone: 'neutral', tone_origin: 'import' });
    // One audit entry for the whole batch.
    const auditAfter = (await t.services.db.select({ n: count() }).from(auditLog))[0]!.n;
    expect(auditAfter - auditBefore).toBe(1);
    const march = await MEASURES.get('media.news_quality_pct')!.compute(
      t.services.db,
      { year: 2025, period: 0, from: '2025-02-01', to: '2025-04-30' },
      {},
    );
    // The item entered by hand and the three imported items that are the first of their group and toned.
    expect(march.denominator).toBe(4);
  });

  it("maps a vendor's columns and downloads the template", async () => {
    const vendor =
      'No,Tanggal Terbit (WIB),Headline,Nama Media,Kategori Media,Link,Sentimen,Catatan Analis\n' +
      '1,05/05/2025 07.30,Badan POM Gelar Sidak Takjil di Medan,Suara Uji,Online,https://suarauji.example/x,Positif,-\n';
    const columns = await t.request('/api/media/news/import/columns', { as: staf, rawBody: form(vendor, 'vendor.csv') });
    const proposal = (await columns.json()) as { suggested: Record<string, string | null> };
    expect(proposal.suggested).toMatchObject({
      'Tanggal Terbit (WIB)': 'publishedAt',
      Headline: 'title',
      'Nama Media': 'outletName',
      'Kategori Media': 'mediaType',
      Link: 'url',
      Sentimen: 'tone',
      No: null,
    });
    // Unmapped columns would be refused by the plain import: the mapping leaves them out.
    const plain = await t.request('/api/imports/news/preview', { as: staf, rawBody: form(vendor, 'vendor.csv') });
    expect(plain.status).toBe(400);
    const mapped = await t.request('/api/media/news/import/preview', { as: staf, rawBody: form(vendor, 'vendor.csv', proposal.suggested) });
    const { batch } = (await mapped.json()) as { batch: { id: string; errorCount: number } };
    expect(batch.errorCount).toBe(0);
    expect((await t.request(`/api/imports/${batch.id}/commit`, { as: staf, method: 'POST' })).status).toBe(200);
    const found = await list('q=takjil');
    expect(found.items.map((i) => i.title)).toEqual(['Badan POM Gelar Sidak Takjil di Medan']);
    expect(found.items[0]!.tone).toBe('positive');

    const template = await t.request('/api/imports/news/template?format=csv', { as: staf });
    expect(template.status).toBe(200);
    expect((await template.text()).split('\r\n')[0]).toContain('tanggal terbit');
  });

  it('takes the time of day from an XLSX date-time cell (Jakarta time)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Berita');
    sheet.addRow(['tanggal terbit', 'judul', 'media', 'jenis media', 'tonasi']);
    // A date-time cell as Excel keeps it: 14 June 2023, 08:15, no time zone (ExcelJS: the UTC fields).
    sheet.addRow([new Date(Date.UTC(2023, 5, 14, 8, 15)), 'BPOM Uji Jam Terbit dari Lembar Kerja', 'Kabar Uji', 'online', 'netral']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const data = new FormData();
    data.append('file', new File([bytes], 'berita.xlsx'));
    const preview = await t.request('/api/media/news/import/preview', { as: staf, rawBody: data });
    const { batch } = (await preview.json()) as { batch: { id: string; errorCount: number } };
    expect(batch.errorCount).toBe(0);
    expect((await t.request(`/api/imports/${batch.id}/commit`, { as: staf, method: 'POST' })).status).toBe(200);
    const [stored] = await queryRows<{ published_at: Date | string }>(
      t.services.db,
      sql`SELECT published_at FROM media_news WHERE title = 'BPOM Uji Jam Terbit dari Lembar Kerja'`,
    );
    expect(new Date(stored!.published_at).toISOString()).toBe('2023-06-14T01:15:00.000Z'); // 08:15 WIB
  });
});

describe('list, filters and statistics', () => {
  it('filters by tone, media type, issue, dates and text (Indonesian stemming)', async () => {
    expect((await list('tone=positive&from=2025-01-01')).items.every((i) => i.tone === 'positive')).toBe(true);
    expect((await list('mediaType=print')).items.map((i) => i.outletName)).toEqual(['Harian Uji']);
    expect((await list('issue=Laboratorium')).total).toBe(1);
    expect((await list('issue=Laboratorium&duplicates=1')).total).toBe(3);
    expect((await list('from=2025-04-02&to=2025-04-02')).items.map((i) => i.title)).toEqual(['YLKI Apresiasi BPOM Tarik Produk Berbahaya']);
    // "meresmikan" finds "Resmikan": both stem to "resmi".
    expect((await list('q=meresmikan laboratorium')).total).toBe(1);
    const bad = await t.request('/api/media/news?from=kemarin', { as: staf });
    expect(bad.status).toBe(400);
  });

  it('filters by issue through the issue index, which follows every change of an item', async () => {
    // 00:30 in Jakarta on 1 July is still 30 June in UTC: the day is Jakarta's.
    const created = await t.request('/api/media/news', {
      as: staf,
      body: news({
        publishedAt: '2026-07-01T00:30:00+07:00',
        title: 'BPOM Uji Indeks Isu',
        url: 'https://indeks.example/a',
        issues: ['Indeks Uji'],
      }),
    });
    const { id } = (await created.json()) as { id: string };
    const titles = async (query: string) => (await list(query)).items.map((i) => i.title);
    expect(await titles('issue=Indeks Uji&from=2026-07-01&to=2026-07-01')).toEqual(['BPOM Uji Indeks Isu']);
    expect(await titles('issue=Indeks Uji&to=2026-06-30')).toEqual([]);
    expect(await titles('issue=Indeks Uji&from=2026-07-02')).toEqual([]);

    // A correction of its issues and its outlet's media type moves it.
    const patched = await t.request(`/api/media/news/${id}`, {
      as: staf,
      method: 'PATCH',
      body: { issues: ['Indeks Lain'], mediaType: 'print' },
    });
    expect(patched.status).toBe(200);
    expect(await titles('issue=Indeks Uji')).toEqual([]);
    expect(await titles('issue=Indeks Lain&mediaType=print')).toEqual(['BPOM Uji Indeks Isu']);
    expect(await titles('issue=Indeks Lain&mediaType=online')).toEqual([]);
    // Its tone, and a syndicated copy that takes the tone but is not counted.
    expect(await titles('issue=Indeks Lain&tone=none')).toEqual(['BPOM Uji Indeks Isu']);
    await t.request('/api/media/news', {
      as: staf,
      body: news({
        publishedAt: '2026-07-01T08:00:00+07:00',
        title: 'BPOM Uji Indeks Isu',
        outletName: 'Kabar Uji',
        url: 'https://kabar.example/b',
        issues: ['Indeks Lain'],
      }),
    });
    await t.request('/api/media/news/tone', { as: staf, body: { ids: [id], tone: 'negative' } });
    expect(await titles('issue=Indeks Lain&tone=none')).toEqual([]);
    expect(await list('issue=Indeks Lain&tone=negative')).toMatchObject({ total: 1 });
    expect(await list('issue=Indeks Lain&tone=negative&duplicates=1')).toMatchObject({ total: 2 });
    // With the text search, which only the items themselves can answer.
    expect(await titles('issue=Indeks Lain&q=indeks')).toEqual(['BPOM Uji Indeks Isu']);
    expect(await titles('issue=Indeks Lain&q=vaksin')).toEqual([]);
    // A corrected headline is searched by its new words, with the item's tone.
    await t.request(`/api/media/news/${id}`, { as: staf, method: 'PATCH', body: { title: 'BPOM Awasi Kuliner Daring' } });
    expect(await titles('q=kuliner&tone=negative')).toEqual(['BPOM Awasi Kuliner Daring']);
    expect(await titles('q=kuliner&tone=none')).toEqual([]);
    expect(await titles('q=indeks&mediaType=print')).toEqual([]);
    // A correction changes only what it sends: the issues stay.
    expect(await titles('issue=Indeks Lain')).toEqual(['BPOM Awasi Kuliner Daring']);

    // Removing an item (what the retention job would do) removes it from the index.
    await t.services.db.execute(sql`DELETE FROM media_news WHERE duplicate_of_id = ${id}`);
    expect(await list('issue=Indeks Lain&duplicates=1')).toMatchObject({ total: 1 });

    // Row for row, the list's indexes hold what the items say.
    const drift = async (derived: string, fromItems: string) => {
      const [row] = await queryRows<{ n: number }>(
        t.services.db,
        sql`SELECT count(*)::int AS n FROM ((${sql.raw(fromItems)} EXCEPT ${sql.raw(derived)}) UNION ALL (${sql.raw(derived)} EXCEPT ${sql.raw(fromItems)})) d`,
      );
      return row!.n;
    };
    const listColumns = 'n.id, n.published_at, n.duplicate_of_id IS NULL, n.media_type, n.outlet_id, n.tone';
    expect(
      await drift(
        'SELECT news_id, published_at, counted, media_type, outlet_id, tone, issue FROM media_news_issue',
        `SELECT ${listColumns}, i FROM media_news n, unnest(n.issues) i`,
      ),
    ).toBe(0);
    expect(
      await drift(
        'SELECT news_id, published_at, counted, media_type, outlet_id, tone, words FROM media_news_search',
        `SELECT ${listColumns}, to_tsvector('indonesian', n.title) || ('#' || to_char(n.published_at AT TIME ZONE 'Asia/Jakarta', 'YYYYMM'))::tsvector FROM media_news n`,
      ),
    ).toBe(0);
    const [held] = await queryRows<{ n: number }>(t.services.db, sql`SELECT count(*)::int AS n FROM media_news_issue`);
    expect(held!.n).toBeGreaterThan(5);
  });

  it('keeps the plan of a first page, and the pages after it follow on from it', async () => {
    for (let i = 1; i <= 5; i++) {
      const res = await t.request('/api/media/news', {
        as: staf,
        body: news({
          publishedAt: `2024-05-0${i}T10:00:00+07:00`,
          title: `Halaman Uji Berita Nomor ${i}`,
          url: `https://halaman.example/${i}`,
          issues: ['Halaman Uji'],
        }),
      });
      expect(res.status).toBe(201);
    }
    const ids = async (query: string) => (await list(query)).items.map((i) => i.id);
    // A first page of the plain list, the unlabelled items and an issue runs as a statement with
    // its size written in (kept plan); the next pages bind their offset.
    for (const filter of ['', 'tone=none&', 'issue=Halaman Uji&']) {
      const firstFour = await ids(`${filter}limit=4`);
      expect(firstFour, filter).toHaveLength(4);
      expect([...(await ids(`${filter}limit=2`)), ...(await ids(`${filter}limit=2&offset=2`))]).toEqual(firstFour);
    }
    // On PGlite through PREPARE and EXECUTE (db/pglite-named.ts); PostgreSQL keeps its plans per connection of the pool.
    if (t.database.kind === 'pglite') {
      for (let i = 0; i < 3; i++) await list('limit=3');
      const [kept] = await queryRows<{ generic: number; custom: number }>(
        t.services.db,
        sql`SELECT generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements WHERE name = 'news_list__first3'`,
      );
      expect(kept).toEqual({ generic: 3, custom: 0 });
      // A text search's first page in one pass keeps its generic plan, which PostgreSQL would not
      // choose by itself for it (db/pglite-named.ts).
      for (let i = 0; i < 3; i++) expect((await list('q=halaman&limit=3')).items).toHaveLength(3);
      const [pass] = await queryRows<{ generic: number; custom: number }>(
        t.services.db,
        sql`SELECT generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements WHERE name = 'news_list_q_pass_first3'`,
      );
      expect(pass).toEqual({ generic: 3, custom: 0 });
    }
  });

  // A search of up to ONE_PASS_MAX matches is sorted in one pass, a common one walks the months
  // (queries/news-list-search.ts): each of these runs both ways, the walk forced as a search found
  // common is.
  const WAYS = ['one pass', 'month walk'] as const;

  it('pages a text search newest first at every offset, across the walked months and the rest', async () => {
    // From January 2025 back: six of the twelve months walked hold a match; 2023 is in the rest.
    const at = [
      ['2023-05-05T10:00:00+07:00', 'Gajahkopi Tujuh'],
      ['2024-06-01T09:00:00+07:00', 'Gajahkopi Enam'],
      ['2024-09-30T09:00:00+07:00', 'Gajahkopi Lima'],
      ['2024-10-15T09:00:00+07:00', 'Gajahkopi Empat'],
      ['2024-12-31T23:30:00+07:00', 'Gajahkopi Dua'],
      ['2024-11-20T09:00:00+07:00', 'Gajahkopi Tiga'],
      ['2025-01-10T08:00:00+07:00', 'Gajahkopi Satu'],
    ];
    await recordHeadlines(at);
    const titles = async (query: string) => (await list(`q=gajahkopi&to=2025-01-31&${query}`)).items.map((i) => i.title);
    const newestFirst = ['Satu', 'Dua', 'Tiga', 'Empat', 'Lima', 'Enam', 'Tujuh'].map((n) => `Gajahkopi ${n}`);
    for (const way of WAYS) {
      if (way === 'month walk') rememberCommon({ q: 'gajahkopi', to: '2025-01-31' });
      expect(knownCommon({ q: 'gajahkopi', to: '2025-01-31' }), way).toBe(way === 'month walk');
      expect(await titles(''), way).toEqual(newestFirst);
      for (const [limit, offset] of [
        [2, 0],
        [2, 2],
        [3, 3],
        [1, 5],
        [4, 4],
      ]) {
        expect(await titles(`limit=${limit}&offset=${offset}`), way).toEqual(newestFirst.slice(offset, offset + limit));
      }
    }
  });

  it("pages a text search's matches newest first, month by month in Jakarta's calendar, then the rest", async () => {
    const at = [
      ['2023-05-05T10:00:00+07:00', 'Zebrakopi Tiga'],
      ['2024-12-31T23:30:00+07:00', 'Zebrakopi Dua'],
      // 00:30 on New Year's Day in Jakarta is still 2024 in UTC.
      ['2025-01-01T00:30:00+07:00', 'Zebrakopi Satu'],
    ];
    await recordHeadlines(at);
    const titles = async (query: string) => (await list(query)).items.map((i) => i.title);
    for (const way of WAYS) {
      if (way === 'month walk') {
        for (const q of ['zebrakopi', '202501', '#202501', '!!!']) rememberCommon({ q });
        rememberCommon({ q: 'zebrakopi', to: '2025-01-31' });
        rememberCommon({ q: 'zebrakopi', from: '2025-01-01', to: '2025-01-31' });
        rememberCommon({ q: 'zebrakopi', to: '2024-12-31' });
      }
      // The newest items are from 2026: a year of months walked finds none, the rest is sorted.
      expect(await list('q=zebrakopi&limit=2'), way).toMatchObject({ total: 3, totalCapped: false });
      expect(await titles('q=zebrakopi&limit=2'), way).toEqual(['Zebrakopi Satu', 'Zebrakopi Dua']);
      expect(await titles('q=zebrakopi&limit=2&offset=2'), way).toEqual(['Zebrakopi Tiga']);
      // From January 2025 back: two months walked fill the first two places, the rest comes after a year of months.
      expect(await titles('q=zebrakopi&to=2025-01-31'), way).toEqual(['Zebrakopi Satu', 'Zebrakopi Dua', 'Zebrakopi Tiga']);
      expect(await titles('q=zebrakopi&to=2025-01-31&limit=1&offset=1'), way).toEqual(['Zebrakopi Dua']);
      // One month alone: the item of 00:30 on 1 January is January's in Jakarta.
      expect(await titles('q=zebrakopi&from=2025-01-01&to=2025-01-31'), way).toEqual(['Zebrakopi Satu']);
      expect(await titles('q=zebrakopi&to=2024-12-31'), way).toEqual(['Zebrakopi Dua', 'Zebrakopi Tiga']);
      // The month's word is not a word a search can type, and a text of no words finds nothing.
      expect(await list('q=202501'), way).toMatchObject({ total: 0 });
      expect(await list(`q=${encodeURIComponent('#202501')}`), way).toMatchObject({ total: 0 });
      expect(await list(`q=${encodeURIComponent('!!!')}`), way).toMatchObject({ items: [], total: 0 });
    }
  });

  it('counts tone per month and exports the statistics as a workbook', async () => {
    const res = await t.request('/api/media/statistics?year=2025', { as: auditor });
    const stats = (await res.json()) as { byMonth: { month: number; total: number; untoned: number }[]; topIssues: { issue: string }[] };
    expect(stats.byMonth[3]).toMatchObject({ month: 4, total: 2, untoned: 0 });
    expect(stats.topIssues.map((i) => i.issue)).toContain('Laboratorium');
    const xlsx = await t.request('/api/media/statistics?year=2025&format=xlsx', { as: auditor });
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    expect(wb.worksheets[0]!.getRow(5).getCell(1).value).toBe('April');
    expect(wb.worksheets[0]!.getRow(5).getCell(6).value).toBe(2);
  });
});
