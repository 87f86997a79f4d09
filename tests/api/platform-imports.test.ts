import ExcelJS from 'exceljs';
import { and, count, eq, gte, lte } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, holidays, importBatches } from '../../src/server/db/schema';
import { verifyAuditChain } from '../../src/server/platform/audit/verify';
import { SYSTEM_META } from '../../src/server/platform/command';
import { holidaysImport } from '../../src/server/platform/imports/definitions/holidays';
import { commitImport, importUpkeepSettled, previewImport } from '../../src/server/platform/imports/pipeline';
import { forgetPreviewRows, keptPreviewRows } from '../../src/server/platform/imports/recent-previews';
import { createTestApp, makeUnit, makeUser, type Session, type TestApp } from '../setup/test-app';

let t: TestApp;
let planner: Session;
let admin: Session;
let staf: Session;

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; message: string; row?: number; column?: string }[] };
}
interface Batch {
  id: string;
  status: string;
  rowCount: number;
  errorCount: number;
  errors: { row: number; column: string | null; header: string | null; message: string }[];
  rows: { row: number; values: Record<string, unknown>; valid: boolean }[];
}

beforeAll(async () => {
  t = await createTestApp();
  const bureau = await makeUnit(t, { kind: 'bureau' });
  planner = (await makeUser(t, 'perencana', bureau.id)).session;
  admin = (await makeUser(t, 'admin', bureau.id)).session;
  staf = (await makeUser(t, 'staf', bureau.id)).session;
});
afterAll(() => t.close());

function form(content: string | Uint8Array, fileName: string): FormData {
  const data = new FormData();
  data.append('file', new File([content as BlobPart], fileName));
  return data;
}

function preview(as: Session, content: string | Uint8Array, fileName = 'libur.csv', kind = 'holidays') {
  return t.request(`/api/imports/${kind}/preview`, { as, rawBody: form(content, fileName) });
}

async function countOf(table: typeof holidays | typeof importBatches | typeof auditLog) {
  const [row] = await t.services.db.select({ n: count() }).from(table);
  return row!.n;
}

async function holidaysIn2030() {
  return t.services.db
    .select()
    .from(holidays)
    .where(and(gte(holidays.date, '2030-01-01'), lte(holidays.date, '2030-12-31')));
}

describe('holiday import: the whole path', () => {
  it('previews a semicolon CSV with a BOM, commits it all, one audit entry per row, and refuses a second commit', async () => {
    const csv =
      '\uFEFFtanggal;nama;jenis\r\n2030-01-01;Tahun Baru 2030 Masehi;nasional\r\n\r\n17/08/2030;"Hari Kemerdekaan; ke-85";NASIONAL\r\n2 Januari 2030;Cuti bersama tahun baru;cuti_bersama\r\n';
    const res = await preview(planner, csv);
    expect(res.status).toBe(201);
    const batch = (await res.json()) as Batch;
    expect(batch).toMatchObject({ status: 'previewed', rowCount: 3, errorCount: 0 });
    // The blank line keeps its number, as a spreadsheet would show it.
    expect(batch.rows.map((r) => r.row)).toEqual([2, 4, 5]);
    expect(batch.rows[1]!.values).toMatchObject({ date: '17/08/2030', name: 'Hari Kemerdekaan; ke-85', kind: 'NASIONAL' });
    expect(await holidaysIn2030()).toHaveLength(0); // a preview writes nothing

    const auditBefore = await countOf(auditLog);
    const commit = await t.request(`/api/imports/${batch.id}/commit`, { as: planner, method: 'POST' });
    expect(commit.status).toBe(200);
    expect(((await commit.json()) as Batch).status).toBe('committed');
    const rows = await holidaysIn2030();
    expect(rows.map((h) => [h.date, h.kind]).sort()).toEqual([
      ['2030-01-01', 'national'],
      ['2030-01-02', 'cuti_bersama'],
      ['2030-08-17', 'national'],
    ]);
    const created = await t.services.db.select().from(auditLog).where(eq(auditLog.entityType, 'holiday'));
    expect(created.filter((e) => rows.some((h) => h.id === e.entityId))).toHaveLength(3);
    expect(await countOf(auditLog)).toBe(auditBefore + 4); // three holidays and the import itself
    expect((await verifyAuditChain(t.services.db)).ok).toBe(true);

    const again = await t.request(`/api/imports/${batch.id}/commit`, { as: planner, method: 'POST' });
    expect(again.status).toBe(409);
    expect(((await again.json()) as ErrorBody).error.code).toBe('INVALID_STATE');
    expect(await holidaysIn2030()).toHaveLength(3);
  });

  it('reads an XLSX with date cells and headers in English', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Holidays');
    sheet.addRow(['Date', 'Name', 'Kind']);
    sheet.addRow([new Date(Date.UTC(2030, 11, 25)), 'Hari Raya Natal', 'nasional']);
    sheet.addRow([new Date(Date.UTC(2030, 11, 26)), { richText: [{ text: 'Cuti ' }, { text: 'bersama Natal' }] }, 'cuti bersama']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const res = await preview(admin, bytes, 'libur.xlsx');
    expect(res.status).toBe(201);
    const batch = (await res.json()) as Batch;
    expect(batch).toMatchObject({ rowCount: 2, errorCount: 0 });
    expect(batch.rows[0]!.values.date).toBe('2030-12-25');
    expect((await t.request(`/api/imports/${batch.id}/commit`, { as: admin, method: 'POST' })).status).toBe(200);
    const rows = await holidaysIn2030();
    expect(rows.find((h) => h.date === '2030-12-26')).toMatchObject({ name: 'Cuti bersama Natal', kind: 'cuti_bersama' });
  });

  it('offers the template in both formats and languages', async () => {
    const csv = await t.request('/api/imports/holidays/template?format=csv', { as: planner });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toContain('attachment');
    // UTF-8 with a BOM, so Excel reads it as UTF-8 (Response.text() would drop the BOM).
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe('tanggal,nama,jenis\r\n');
    const en = await t.request('/api/imports/holidays/template?format=csv', { as: { ...planner, lang: 'en' } });
    expect(await en.text()).toBe('date,name,kind\r\n');

    const xlsx = await t.request('/api/imports/holidays/template', { as: planner });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Hari libur', 'Petunjuk']);
    expect(workbook.worksheets[0]!.getRow(1).values).toEqual([undefined, 'tanggal', 'nama', 'jenis']);
  });
});

describe('holiday import: bad files change nothing', () => {
  it('names the line of broken CSV quoting, stores no preview', async () => {
    const batches = await countOf(importBatches);
    const res = await preview(
      planner,
      'tanggal,nama,jenis\n2030-03-01,Libur satu,nasional\n2030-03-02,"Libur dua,nasional\n2030-03-03,Libur tiga,nasional\n',
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe('IMPORT_UNREADABLE');
    expect(body.error.message).toBe('Berkas tidak dapat dibaca: baris 3: tanda kutip tidak ditutup');
    expect(await countOf(importBatches)).toBe(batches);

    const stray = await preview({ ...planner, lang: 'en' }, 'tanggal,nama,jenis\n2030-03-01,"Libur" satu,nasional\n');
    expect(((await stray.json()) as ErrorBody).error.message).toBe(
      'The file cannot be read: line 2: a closing quote is followed by other characters',
    );
  });

  it('names a missing and an unknown column', async () => {
    const res = await preview(planner, 'tgl,nama,jenis,catatan\n2030-03-01,Libur,nasional,x\n');
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe('IMPORT_COLUMNS');
    expect(body.error.message).toBe('Kolom tidak sesuai templat: kolom wajib tidak ada: tanggal; kolom tidak dikenal: tgl, catatan');
    expect(body.error.fields?.map((f) => f.column)).toEqual(['tanggal', 'tgl', 'catatan']);
  });

  it('previews a bad row by row and column, refuses the commit, writes nothing', async () => {
    const csv = 'tanggal,nama,jenis\n2030-04-01,Libur baik,nasional\n2030-02-30,Tanggal mustahil,nasional\n2030-04-03,Jenis salah,cuti\n';
    const res = await preview(planner, csv);
    expect(res.status).toBe(201);
    const batch = (await res.json()) as Batch;
    expect(batch).toMatchObject({ rowCount: 3, errorCount: 2 });
    expect(batch.errors).toEqual([
      { row: 3, column: 'date', header: 'tanggal', message: expect.stringContaining('Bukan tanggal yang valid') },
      { row: 4, column: 'kind', header: 'jenis', message: 'Harus salah satu dari: nasional, cuti_bersama.' },
    ]);
    expect(batch.rows.map((r) => r.valid)).toEqual([true, false, false]);

    const before = { holidays: await countOf(holidays), audit: await countOf(auditLog) };
    const commit = await t.request(`/api/imports/${batch.id}/commit`, { as: { ...planner, lang: 'en' }, method: 'POST' });
    expect(commit.status).toBe(422);
    const body = (await commit.json()) as ErrorBody;
    expect(body.error.code).toBe('IMPORT_INVALID');
    expect(body.error.message).toBe('The import file has 2 errors. Nothing was saved.');
    expect(body.error.fields?.[0]).toMatchObject({ row: 3, column: 'date', path: 'date' });
    expect(await countOf(holidays)).toBe(before.holidays);
    expect(await countOf(auditLog)).toBe(before.audit);
    const [stored] = await t.services.db.select().from(importBatches).where(eq(importBatches.id, batch.id));
    expect(stored!.status).toBe('previewed');
  });

  it('flags dates already in the calendar or twice in the file', async () => {
    const csv =
      'tanggal,nama,jenis\n2021-08-17,Kemerdekaan lagi,nasional\n2030-05-01,Hari Buruh,nasional\n01/05/2030,Hari Buruh lagi,nasional\n';
    const batch = (await (await preview(planner, csv)).json()) as Batch;
    expect(batch.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'date'],
      [4, 'date'],
    ]);
    expect(batch.errors[0]!.message).toMatch(/^Tanggal ini sudah ada di kalender/);
    expect(batch.errors[1]!.message).toBe('Sama dengan baris 3.');
  });

  it('checks again at commit: a date added since the preview refuses the whole file', async () => {
    const batch = (await (
      await preview(planner, 'tanggal,nama,jenis\n2030-06-01,Hari Lahir Pancasila,nasional\n2030-06-02,Libur lain,nasional\n')
    ).json()) as Batch;
    expect(batch.errorCount).toBe(0);
    const added = await t.request('/api/holidays', {
      as: admin,
      body: { date: '2030-06-02', name: 'Ditambah lebih dulu', kind: 'national' },
    });
    expect(added.status).toBe(201);
    const commit = await t.request(`/api/imports/${batch.id}/commit`, { as: planner, method: 'POST' });
    expect(commit.status).toBe(422);
    expect(((await commit.json()) as ErrorBody).error.fields?.[0]).toMatchObject({ row: 3, column: 'tanggal' });
    const june = (await holidaysIn2030()).filter((h) => h.date.startsWith('2030-06'));
    expect(june.map((h) => h.name)).toEqual(['Ditambah lebih dulu']);
  });

  it('refuses files that are not CSV or XLSX, and text pretending to be XLSX', async () => {
    const pdf = await preview(planner, '%PDF-1.4\n', 'libur.pdf');
    expect(pdf.status).toBe(415);
    expect(((await pdf.json()) as ErrorBody).error.code).toBe('FILE_TYPE_NOT_ALLOWED');
    const fake = await preview(planner, 'tanggal,nama,jenis\n', 'libur.xlsx');
    expect(fake.status).toBe(415);
    expect(((await fake.json()) as ErrorBody).error.code).toBe('FILE_TYPE_MISMATCH');
    const empty = await preview(planner, 'tanggal,nama,jenis\n');
    expect(((await empty.json()) as ErrorBody).error.message).toBe('Berkas tidak dapat dibaca: tidak ada baris data');
    const noFile = await t.request('/api/imports/holidays/preview', { as: planner, rawBody: new FormData() });
    expect(noFile.status).toBe(400);
    expect(((await noFile.json()) as ErrorBody).error.fields?.[0]).toMatchObject({ path: 'file', message: 'Pilih berkas untuk diunggah.' });
  });
});

describe('holiday import: who may', () => {
  it('answers 401, 403 and 404 as it should', async () => {
    const csv = 'tanggal,nama,jenis\n2030-07-01,Libur,nasional\n';
    expect((await t.request('/api/imports/holidays/preview', { rawBody: form(csv, 'a.csv') })).status).toBe(401);
    expect((await preview(staf, csv)).status).toBe(403);
    expect((await t.request('/api/imports/holidays/template', { as: staf })).status).toBe(403);
    expect((await preview(planner, csv, 'a.csv', 'unknown')).status).toBe(404);
    expect((await preview(planner, csv, 'a.csv', 'constructor')).status).toBe(404);

    const batch = (await (await preview(planner, csv)).json()) as Batch;
    // Another user neither sees nor commits someone else's preview.
    expect((await t.request(`/api/imports/${batch.id}`, { as: admin })).status).toBe(404);
    expect((await t.request(`/api/imports/${batch.id}/commit`, { as: admin, method: 'POST' })).status).toBe(404);
    const own = await t.request(`/api/imports/${batch.id}?limit=1`, { as: planner });
    expect(own.status).toBe(200);
    expect(((await own.json()) as Batch).rows).toHaveLength(1);
    expect((await t.request('/api/imports/not-a-uuid/commit', { as: planner, method: 'POST' })).status).toBe(400);
  });
});

describe('where a commit finds its rows', () => {
  it('commits the same rows from this process’s memory of the preview or, without it, from the stored preview', async () => {
    const { user } = await makeUser(t, 'perencana', null);
    const actor = { id: user.id, name: user.name, email: user.email, role: 'perencana' as const, unitId: null, twoFactorEnabled: false };
    const who = { db: t.services.db, actor, meta: SYSTEM_META, lang: 'id' as const };
    const file = (year: number) => ({
      bytes: new TextEncoder().encode(
        `tanggal,nama,jenis\n${year}-05-01,Libur "kutip" ${year},nasional\n${year}-05-02,Cuti ${year},cuti_bersama\n`,
      ),
      fileName: 'libur.csv',
    });
    const stored = async (year: number) =>
      (
        await t.services.db
          .select()
          .from(holidays)
          .where(and(gte(holidays.date, `${year}-01-01`), lte(holidays.date, `${year}-12-31`)))
      )
        .map((h) => [h.date, h.name, h.kind])
        .sort();

    const kept = await previewImport(who, holidaysImport, file(2032));
    expect(keptPreviewRows(kept.id)).toHaveLength(2);
    await commitImport(who, { holidays: holidaysImport }, kept.id);
    expect(keptPreviewRows(kept.id)).toBeUndefined(); // forgotten once committed

    // As another process would: the preview is only in the database.
    const elsewhere = await previewImport(who, holidaysImport, file(2033));
    forgetPreviewRows(elsewhere.id);
    await commitImport(who, { holidays: holidaysImport }, elsewhere.id);

    expect(await stored(2032)).toEqual([
      ['2032-05-01', 'Libur "kutip" 2032', 'national'],
      ['2032-05-02', 'Cuti 2032', 'cuti_bersama'],
    ]);
    expect(await stored(2033)).toEqual([
      ['2033-05-01', 'Libur "kutip" 2033', 'national'],
      ['2033-05-02', 'Cuti 2033', 'cuti_bersama'],
    ]);
  });
});

describe('upkeep after the commit', () => {
  it('runs a definition’s afterCommit behind the answer, with the rows committed, and lets a command wait for it', async () => {
    const { user } = await makeUser(t, 'perencana', null);
    const actor = { id: user.id, name: user.name, email: user.email, role: 'perencana' as const, unitId: null, twoFactorEnabled: false };
    const who = { db: t.services.db, actor, meta: SYSTEM_META, lang: 'id' as const };
    const seen: { rows: number; stored: number }[] = [];
    const withUpkeep = {
      ...holidaysImport,
      async afterCommit(db: typeof t.services.db, rows: number) {
        // It runs after the commit: on PostgreSQL another connection already reads the rows.
        const stored = await db.select({ n: count() }).from(holidays).where(eq(holidays.name, 'Libur upkeep 2031'));
        seen.push({ rows, stored: stored[0]!.n });
      },
    };
    const batch = await previewImport(who, withUpkeep, {
      bytes: new TextEncoder().encode('tanggal,nama,jenis\n2031-03-03,Libur upkeep 2031,nasional\n'),
      fileName: 'libur.csv',
    });
    await commitImport(who, { holidays: withUpkeep }, batch.id);
    await importUpkeepSettled();
    expect(seen).toEqual([{ rows: 1, stored: 1 }]);
    // A failing upkeep is not the import's failure.
    const failing = { ...holidaysImport, afterCommit: () => Promise.reject(new Error('gagal')) };
    const second = await previewImport(who, failing, {
      bytes: new TextEncoder().encode('tanggal,nama,jenis\n2031-03-04,Libur upkeep kedua,nasional\n'),
      fileName: 'libur.csv',
    });
    await expect(commitImport(who, { holidays: failing }, second.id)).resolves.toMatchObject({ status: 'committed' });
    await expect(importUpkeepSettled()).resolves.toBeUndefined();
  });
});
