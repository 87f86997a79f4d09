import { saveFile } from '../../../src/server/platform/files';
import type { TRole } from '../../../src/shared/roles';
import { BUREAU_ROLES, type Fixture, fileForm, type Matrix, type Req, rolesExcept, type Target } from './harness';

/** The smallest PDF a reader accepts. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

/** A file stored for unit `unitId` (by the admin, who may name any unit). */
export async function storedFile(f: Fixture, unitId: string) {
  const admin = f.users.admin.actor;
  return saveFile({ tx: f.t.services.db, actor: admin, meta: null }, f.t.services.files, { bytes: PDF, fileName: 'bukti.pdf', unitId });
}

const IMPORTERS: TRole[] = ['admin', 'perencana'];

/** A holidays CSV with a date nobody has used, so that each preview can be committed. */
function holidaysCsv(f: Fixture): string {
  const day = new Date(Date.UTC(2060, 0, 1) + f.seq() * 86_400_000).toISOString().slice(0, 10);
  return `tanggal,nama,jenis\n${day},Libur impor uji,nasional\n`;
}

/**
 * An import preview that belongs to `role` (home) or to someone else (away). Roles that may not
 * import at all have no preview of their own: theirs is then someone else's, which they must not see.
 */
async function previewOf(f: Fixture, role: TRole, target: Target): Promise<string> {
  const owner = target === 'home' && IMPORTERS.includes(role) ? role : IMPORTERS.find((r) => r !== role)!;
  const res = await f.t.request('/api/imports/holidays/preview', {
    as: f.users[owner].session,
    rawBody: fileForm(holidaysCsv(f), 'libur.csv'),
  });
  if (res.status !== 201) throw new Error(`preview: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

const fileRead = (suffix: string) => ({
  // A unit user reaches only its own unit's files; another unit's answers 404, hiding that it exists.
  allowed: 'everyone' as const,
  scope: 'unit' as const,
  awayAllowed: BUREAU_ROLES,
  awayStatus: 404 as const,
  ok: 200 as const,
  build: async (f: Fixture, _role: TRole, unitId: string): Promise<Req> => {
    const file = await storedFile(f, unitId);
    return { method: 'GET', path: `/api/files/${file.id}${suffix}` };
  },
});

/** Uploads and imports. */
export const DATA_MATRIX: Matrix = {
  'GET /api/files': { allowed: 'everyone', scope: 'global', ok: 200, build: async () => ({ method: 'GET', path: '/api/files' }) },
  'POST /api/files': {
    // The auditor changes nothing; a unit user uploads for its own unit only.
    allowed: rolesExcept('auditor'),
    scope: 'unit',
    awayAllowed: rolesExcept('auditor', 'unit_pengusul'),
    ok: 201,
    build: async (_f, _role, unitId) => ({ method: 'POST', path: '/api/files', form: fileForm(PDF, 'surat.pdf', { unitId }) }),
  },
  'GET /api/files/{id}': fileRead(''),
  'GET /api/files/{id}/download': fileRead('/download'),
  'GET /api/imports/{kind}/template': {
    allowed: IMPORTERS,
    scope: 'global',
    ok: 200,
    build: async () => ({ method: 'GET', path: '/api/imports/holidays/template?format=csv' }),
  },
  'POST /api/imports/{kind}/preview': {
    allowed: IMPORTERS,
    scope: 'global',
    ok: 201,
    build: async (f) => ({ method: 'POST', path: '/api/imports/holidays/preview', form: fileForm(holidaysCsv(f), 'libur.csv') }),
  },
  'GET /api/imports/{batchId}': {
    // Only the account that made a preview sees it; anyone else's is not found.
    allowed: IMPORTERS,
    refusedStatus: 404,
    scope: 'user',
    awayAllowed: [],
    awayStatus: 404,
    ok: 200,
    build: async (f, role, _unitId, target) => ({ method: 'GET', path: `/api/imports/${await previewOf(f, role, target)}` }),
  },
  'POST /api/imports/{batchId}/commit': {
    allowed: IMPORTERS,
    refusedStatus: 404,
    scope: 'user',
    awayAllowed: [],
    awayStatus: 404,
    ok: 200,
    build: async (f, role, _unitId, target) => ({ method: 'POST', path: `/api/imports/${await previewOf(f, role, target)}/commit` }),
  },
};
