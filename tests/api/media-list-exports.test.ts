import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/server/db/schema';
import { createTestApp, makeUnit, makeUser, type Session, type TestApp } from '../setup/test-app';

/** The media lists' XLSX and CSV exports: the list's own filters and scope, labels in the user's language, audited. */
let t: TestApp;
let staf: Session;
let auditor: Session;
let unitUser: Session;
let officeId: string;

async function sheet(res: Response): Promise<unknown[][]> {
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('spreadsheetml');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  const rows: unknown[][] = [];
  wb.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

async function exportsRecorded(entityType: string): Promise<{ filters: Record<string, unknown>; format: string; rows: number }[]> {
  const rows = await t.services.db
    .select({ after: auditLog.after })
    .from(auditLog)
    .where(and(eq(auditLog.action, 'export'), eq(auditLog.entityType, entityType)));
  return rows.map((r) => r.after as { filters: Record<string, unknown>; format: string; rows: number });
}

beforeAll(async () => {
  t = await createTestApp();
  const humas = await makeUnit(t, { kind: 'group' });
  officeId = (await makeUnit(t, { kind: 'regional_office' })).id;
  const otherOfficeId = (await makeUnit(t, { kind: 'regional_office' })).id;
  staf = (await makeUser(t, 'staf', humas.id)).session;
  auditor = (await makeUser(t, 'auditor', null)).session;
  unitUser = (await makeUser(t, 'unit_pengusul', officeId)).session;

  const interview = (topic: string, receivedAt: string, channel: string) =>
    t.request('/api/media/interviews', {
      as: staf,
      body: { outletName: 'Nusa TV Uji', mediaType: 'tv', journalistName: 'Budi', topic, channel, receivedAt },
    });
  const first = (await (await interview('Vaksin anak', '2025-03-03T02:00:00Z', 'whatsapp')).json()) as { id: string };
  await interview('Kosmetik bermerkuri', '2025-03-04T02:00:00Z', 'email');
  await interview('Tahun lalu', '2024-12-30T02:00:00Z', 'phone');
  expect(
    (
      await t.request(`/api/media/interviews/${first.id}/outcome`, {
        as: staf,
        body: { outcome: 'written', respondedAt: '2025-03-03T06:00:00Z' },
      })
    ).status,
  ).toBe(200);

  const release = (kind: string, number: string, date: string) =>
    t.request('/api/media/releases', {
      as: staf,
      body: { kind, number, date, title: `Rilis ${number}`, commodities: ['obat', 'kosmetik'], channels: ['website'] },
    });
  await release('press_release', 'SP-1', '2025-04-10');
  await release('clarification', 'PK-1', '2025-06-02');
  await release('press_release', 'SP-9', '2024-04-10');

  const coverage = (activity: string, unitId: string) =>
    t.request('/api/media/coverage', { as: staf, body: { activityDate: '2025-05-05', activity, unitId, location: 'in_city' } });
  await coverage('Pemusnahan barang bukti', officeId);
  await coverage('Sosialisasi keamanan pangan', otherOfficeId);

  const outlet = (await (await t.request('/api/media/outlets', { as: staf, body: { name: 'Harian Uji', mediaType: 'print' } })).json()) as {
    id: string;
  };
  await t.request('/api/media/outlets', { as: staf, body: { name: 'Radio Lain', mediaType: 'radio' } });
  const journalist = async (name: string) => {
    const res = await t.request('/api/media/journalists', {
      as: staf,
      body: {
        name,
        outletId: outlet.id,
        email: `${name.toLowerCase()}@uji.test`,
        legalBasis: 'consent',
        purpose: 'Undangan konferensi pers',
        consentAt: '2025-01-02T03:00:00Z',
        consentNoticeVersion: '2025-1',
        retentionUntil: '2027-12-31',
      },
    });
    expect(res.status).toBe(201);
  };
  await journalist('Sari');
  await journalist('Tono');
});
afterAll(() => t.close());

describe('media list exports', () => {
  it("exports the interview requests with the list's filters, their codes as labels", async () => {
    const rows = await sheet(await t.request('/api/media/interviews?format=xlsx&from=2025-01-01&to=2025-12-31', { as: auditor }));
    expect(rows[0]!.slice(0, 3)).toEqual(['Nomor', 'Diterima', 'Saluran']);
    expect(rows).toHaveLength(3); // header and the two of 2025
    const written = rows.find((r) => r.includes('Vaksin anak'))!;
    expect(written).toContain('WhatsApp');
    expect(written).toContain('Jawaban tertulis');
    expect(written.at(-2)).toBe(4); // hours from receipt to the written answer

    const fulfilled = await sheet(await t.request('/api/media/interviews?format=xlsx&status=fulfilled', { as: auditor }));
    expect(fulfilled.slice(1).map((r) => r[6])).toEqual(['Vaksin anak']);
    const [recorded] = await exportsRecorded('media_interview');
    expect(recorded).toMatchObject({ format: 'xlsx', rows: 2, filters: { from: '2025-01-01', to: '2025-12-31' } });
  });

  it("exports a year's releases as CSV, in English for an English reader", async () => {
    const res = await t.request('/api/media/releases?year=2025&format=csv', { as: { ...auditor, lang: 'en' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^Kind,Number,Date,Title,Commodities/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('Press release,SP-1,2025-04-10');
    expect(lines[1]).toContain('Drugs; Cosmetics');
    expect(lines[2]).toContain('Clarification,PK-1');
  });

  it("keeps a unit to its own coverage in an export, and takes the screen's status and text", async () => {
    const mine = await sheet(await t.request('/api/media/coverage?year=2025&format=xlsx', { as: unitUser }));
    expect(mine.slice(1).map((r) => r[1])).toEqual(['Pemusnahan barang bukti']);
    expect(mine[1]![2]).toMatch(/^Unit Uji/); // the unit's name, not its id
    expect(mine[1]![3]).toBe('Dalam kota');

    const all = await sheet(await t.request('/api/media/coverage?year=2025&format=xlsx', { as: staf }));
    expect(all).toHaveLength(3);
    const found = await sheet(await t.request('/api/media/coverage?year=2025&format=xlsx&q=pangan&status=requested', { as: staf }));
    expect(found.slice(1).map((r) => r[1])).toEqual(['Sosialisasi keamanan pangan']);
    const none = await sheet(await t.request('/api/media/coverage?year=2025&format=xlsx&status=covered', { as: staf }));
    expect(none).toHaveLength(1);
    expect((await t.request('/api/media/coverage?year=2025&status=lost', { as: staf })).status).toBe(400);
  });

  it('exports the media contacts, and records who took the personal data out', async () => {
    const journalists = await sheet(await t.request('/api/media/journalists?format=xlsx&q=sari', { as: auditor }));
    expect(journalists).toHaveLength(2);
    expect(journalists[1]!.slice(0, 2)).toEqual(['Sari', 'Harian Uji']);
    expect(journalists[1]).toContain('sari@uji.test');
    expect(journalists[1]).toContain('Persetujuan');
    expect(await exportsRecorded('media_journalist')).toEqual([{ filters: { q: 'sari' }, format: 'xlsx', rows: 1 }]);

    const outlets = await sheet(await t.request('/api/media/outlets?format=xlsx', { as: staf }));
    expect(outlets.slice(1).map((r) => [r[0], r[1], r[5]])).toEqual([
      ['Harian Uji', 'Cetak', 2],
      ['Radio Lain', 'Radio', 0],
    ]);
    // A unit user reads no contacts, as a file or otherwise.
    expect((await t.request('/api/media/journalists?format=xlsx', { as: unitUser })).status).toBe(403);
  });
});
