import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Document, Packer, Paragraph } from 'docx';
import { count, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, files } from '../../src/server/db/schema';
import { createTestApp, makeUnit, makeUser, type Session, type TestApp } from '../setup/test-app';

let t: TestApp;
let staf: Session;
let admin: Session;
let auditor: Session;
let unitA: Session;
let unitB: Session;
let unitAId: string;
let unitBId: string;
const uploadDir = `.tmp/uploads-files-${process.pid}`;

// A 1×1 PNG and the smallest PDF a reader accepts.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

interface FileBody {
  id: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  unitId: string | null;
  downloadUrl: string;
}
interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; message: string }[] };
}

beforeAll(async () => {
  // A small limit (50 KB) so that an oversized upload is cheap to make.
  t = await createTestApp({ uploadDir, env: { SIMPUL_MAX_UPLOAD_MB: '0.05' } });
  const bureau = await makeUnit(t, { kind: 'bureau' });
  const a = await makeUnit(t, { kind: 'regional_office' });
  const b = await makeUnit(t, { kind: 'regional_office' });
  unitAId = a.id;
  unitBId = b.id;
  staf = (await makeUser(t, 'staf', bureau.id)).session;
  admin = (await makeUser(t, 'admin', bureau.id)).session;
  auditor = (await makeUser(t, 'auditor', bureau.id)).session;
  unitA = (await makeUser(t, 'unit_pengusul', a.id)).session;
  unitB = (await makeUser(t, 'unit_pengusul', b.id)).session;
});
afterAll(async () => {
  await t.close();
  fs.rmSync(uploadDir, { recursive: true, force: true });
});

function upload(as: Session | undefined, content: Uint8Array | string, name: string, extra: Record<string, string> = {}, headers = {}) {
  const form = new FormData();
  form.append('file', new File([content as BlobPart], name));
  for (const [k, v] of Object.entries(extra)) form.append(k, v);
  return t.request('/api/files', { as, rawBody: form, headers });
}

async function fileCount() {
  const [row] = await t.services.db.select({ n: count() }).from(files);
  return row!.n;
}

describe('uploading', () => {
  it('stores a PDF with its SHA-256 and its uploader unit, and gives it back as an attachment', async () => {
    const res = await upload(unitA, PDF, 'Perjanjian Kerja Sama "final".pdf');
    expect(res.status).toBe(201);
    const file = (await res.json()) as FileBody;
    expect(file).toMatchObject({
      name: 'Perjanjian Kerja Sama "final".pdf',
      mime: 'application/pdf',
      size: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
      unitId: unitAId,
    });
    const [audit] = await t.services.db.select().from(auditLog).where(eq(auditLog.entityId, file.id));
    expect(audit).toMatchObject({ action: 'create', entityType: 'file', unitId: unitAId });

    const download = await t.request(file.downloadUrl, { as: unitA });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toMatch(
      /^attachment; filename="Perjanjian_Kerja_Sama_final_.pdf"; filename\*=UTF-8''/,
    );
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('accepts Word, Excel, images and text whose content matches', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Notulen')] }] }));
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('a').addRow(['x']);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    const cases: [Uint8Array | string, string, string][] = [
      [docx, 'notulen.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      [xlsx, 'data.XLSX', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      [PNG, 'foto.png', 'image/png'],
      ['tanggal;nama\n2021-01-01;Tahun Baru\n', 'data.csv', 'text/csv'],
      ['Catatan rapat: ringkasan', 'catatan.txt', 'text/plain'],
    ];
    for (const [content, name, mime] of cases) {
      const res = await upload(staf, content, name);
      expect(res.status, name).toBe(201);
      expect(((await res.json()) as FileBody).mime).toBe(mime);
    }
  });

  it('refuses content that does not match the extension, and types not allowed; stores nothing', async () => {
    const before = await fileCount();
    const mismatches: [Uint8Array | string, string][] = [
      [PNG, 'perjanjian.pdf'],
      ['ini hanya teks', 'perjanjian.pdf'],
      ['bukan gambar', 'foto.png'],
      [PNG, 'catatan.txt'],
      [PDF, 'notulen.docx'],
    ];
    for (const [content, name] of mismatches) {
      const res = await upload(staf, content, name);
      expect(res.status, name).toBe(415);
      expect(((await res.json()) as ErrorBody).error.code, name).toBe('FILE_TYPE_MISMATCH');
    }
    const pdfAsPng = await upload({ ...staf, lang: 'en' }, PNG, 'perjanjian.pdf');
    expect(((await pdfAsPng.json()) as ErrorBody).error.message).toBe('The file content does not match its extension (.pdf).');
    const exe = await upload(staf, 'MZ', 'setup.exe');
    expect(exe.status).toBe(415);
    expect(((await exe.json()) as ErrorBody).error).toMatchObject({
      code: 'FILE_TYPE_NOT_ALLOWED',
      message: 'Jenis berkas .exe tidak diizinkan.',
    });
    expect(await fileCount()).toBe(before);
  });

  it('refuses a file over the size limit, and a request without a file', async () => {
    const before = await fileCount();
    const res = await upload(staf, 'a'.repeat(60 * 1024), 'besar.txt');
    expect(res.status).toBe(413);
    expect(((await res.json()) as ErrorBody).error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await fileCount()).toBe(before);
    const none = await t.request('/api/files', { as: staf, rawBody: new FormData() });
    expect(none.status).toBe(400);
    expect(((await none.json()) as ErrorBody).error.fields?.[0]?.path).toBe('file');
  });

  it('refuses the unsigned, the auditor, a cross-site form, and a unit user naming another unit', async () => {
    expect((await upload(undefined, PDF, 'a.pdf')).status).toBe(401);
    expect((await upload(auditor, PDF, 'a.pdf')).status).toBe(403);
    expect((await upload(staf, PDF, 'a.pdf', {}, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await upload(unitA, PDF, 'a.pdf', { unitId: unitBId })).status).toBe(403);
    const own = await upload(unitA, PDF, 'a.pdf', { unitId: unitAId });
    expect(((await own.json()) as FileBody).unitId).toBe(unitAId);
  });

  it('lets the bureau file on behalf of a unit, which then reaches it', async () => {
    const res = await upload(admin, PDF, 'untuk-unit-b.pdf', { unitId: unitBId });
    const file = (await res.json()) as FileBody;
    expect(file.unitId).toBe(unitBId);
    expect((await t.request(file.downloadUrl, { as: unitB })).status).toBe(200);
    const unknown = await upload(admin, PDF, 'x.pdf', { unitId: crypto.randomUUID() });
    expect(unknown.status).toBe(400);
  });
});

describe('reading', () => {
  it("hides another unit's file as not found, while the bureau and the auditor reach it", async () => {
    const file = (await (await upload(unitA, PNG, 'foto-kegiatan.png')).json()) as FileBody;
    for (const path of [`/api/files/${file.id}`, file.downloadUrl]) {
      const res = await t.request(path, { as: unitB });
      expect(res.status, path).toBe(404);
      expect(((await res.json()) as ErrorBody).error.code).toBe('NOT_FOUND');
      expect((await t.request(path, { as: staf })).status, path).toBe(200);
      expect((await t.request(path, { as: auditor })).status, path).toBe(200);
      expect((await t.request(path)).status, path).toBe(401);
    }
    expect((await t.request(`/api/files/${crypto.randomUUID()}`, { as: staf })).status).toBe(404);
    expect((await t.request('/api/files/bukan-uuid', { as: staf })).status).toBe(400);
  });

  it("lists only the unit's own files to a unit user, and exports the filtered list with an audit entry", async () => {
    const mine = (await (await t.request('/api/files', { as: unitB })).json()) as { items: FileBody[] };
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((f) => f.unitId === unitBId)).toBe(true);
    // Asking for another unit's files gives nothing, not an error that confirms they exist.
    const other = (await (await t.request(`/api/files?unitId=${unitAId}`, { as: unitB })).json()) as { items: FileBody[] };
    expect(other.items).toEqual([]);

    const all = (await (await t.request(`/api/files?unitId=${unitAId}`, { as: staf })).json()) as { items: FileBody[] };
    const csv = await t.request(`/api/files?unitId=${unitAId}&format=csv`, { as: { ...staf, lang: 'en' } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toContain('filename="files.csv"');
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toBe('File name,Type,Size (bytes),Unit,Uploaded by,Uploaded at,SHA-256');
    expect(lines).toHaveLength(all.items.length + 1);
    expect(lines.slice(1).every((l) => l.includes(unitAId))).toBe(true);

    const [entry] = await t.services.db.select().from(auditLog).where(eq(auditLog.action, 'export'));
    expect(entry).toMatchObject({ entityType: 'file', after: { filters: { unitId: unitAId }, format: 'csv', rows: all.items.length } });

    const xlsx = await t.request('/api/files?format=xlsx', { as: unitB });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect(workbook.worksheets[0]!.actualRowCount).toBe(mine.items.length + 1);
  });
});

describe('API description', () => {
  it('documents the upload, import and notification endpoints, the upload as multipart', async () => {
    const doc = (await (await t.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>>;
    };
    for (const path of [
      '/api/files',
      '/api/files/{id}/download',
      '/api/imports/{kind}/preview',
      '/api/imports/{batchId}/commit',
      '/api/imports/{kind}/template',
      '/api/notifications/read-all',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
    expect(Object.keys(doc.paths['/api/files']!.post!.requestBody!.content)).toEqual(['multipart/form-data']);
  });
});
