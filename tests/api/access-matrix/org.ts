import { desc, eq } from 'drizzle-orm';
import { createHoliday } from '../../../src/server/modules/org/commands/calendar';
import { createUser } from '../../../src/server/modules/org/commands/users';
import { auditLog } from '../../../src/server/platform/audit/schema';
import { SYSTEM_META } from '../../../src/server/platform/command';
import { notify } from '../../../src/server/platform/notify';
import { notifications } from '../../../src/server/platform/notify/schema';
import type { TRole } from '../../../src/shared/roles';
import { makeUnit, TEST_PASSWORD } from '../../setup/test-app';
import type { Fixture, Matrix } from './harness';

const system = (f: Fixture) => ({ tx: f.t.services.db, actor: null, meta: SYSTEM_META });

/** A date no other case has used, so that a holiday never clashes with an earlier one. */
function freshDate(f: Fixture): string {
  const day = new Date(Date.UTC(2040, 0, 1) + f.seq() * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** Someone other than `role`'s account, for records that belong to one account. */
export const otherAccount = (role: TRole): TRole => (role === 'admin' ? 'staf' : 'admin');

const AUDIT_READERS: TRole[] = ['kepala_biro', 'auditor', 'admin'];

/** Units, accounts, calendar and fiscal years; the signed-in user; the audit trail; notifications. */
export const ORG_MATRIX: Matrix = {
  'GET /api/units': { allowed: 'everyone', scope: 'global', ok: 200, build: async () => ({ method: 'GET', path: '/api/units' }) },
  'POST /api/units': {
    allowed: ['admin'],
    scope: 'global',
    ok: 201,
    build: async (f) => ({
      method: 'POST',
      path: '/api/units',
      body: { code: `AM-${f.seq()}`, name: 'Balai uji matriks', kind: 'regional_office', parentId: null, proposing: true },
    }),
  },
  'PATCH /api/units/{id}': {
    allowed: ['admin'],
    scope: 'global',
    ok: 200,
    build: async (f) => {
      const unit = await makeUnit(f.t);
      return { method: 'PATCH', path: `/api/units/${unit.id}`, body: { name: 'Nama unit diubah' } };
    },
  },
  'GET /api/users': {
    allowed: ['admin', 'kepala_biro', 'auditor'],
    scope: 'global',
    ok: 200,
    build: async () => ({ method: 'GET', path: '/api/users' }),
  },
  'POST /api/users': {
    allowed: ['admin'],
    scope: 'global',
    ok: 201,
    build: async (f, _role, unitId) => ({
      method: 'POST',
      path: '/api/users',
      body: { name: 'Akun Baru', email: `baru.${f.seq()}@matriks.test`, role: 'staf', unitId, password: TEST_PASSWORD, locale: 'id' },
    }),
  },
  'PATCH /api/users/{id}': {
    allowed: ['admin'],
    scope: 'global',
    ok: 200,
    build: async (f, _role, unitId) => {
      const user = await createUser(system(f), {
        email: `ubah.${f.seq()}@matriks.test`,
        name: 'Akun Diubah',
        role: 'staf',
        unitId,
        password: TEST_PASSWORD,
        locale: 'id',
      });
      return { method: 'PATCH', path: `/api/users/${user.id}`, body: { name: 'Nama akun diubah', locale: 'en' } };
    },
  },
  'GET /api/holidays': {
    allowed: 'everyone',
    scope: 'global',
    ok: 200,
    build: async () => ({ method: 'GET', path: '/api/holidays?year=2021' }),
  },
  'POST /api/holidays': {
    allowed: ['admin', 'perencana'],
    scope: 'global',
    ok: 201,
    build: async (f) => ({ method: 'POST', path: '/api/holidays', body: { date: freshDate(f), name: 'Libur uji', kind: 'cuti_bersama' } }),
  },
  'DELETE /api/holidays/{id}': {
    allowed: ['admin', 'perencana'],
    scope: 'global',
    ok: 204,
    build: async (f) => {
      const holiday = await createHoliday(system(f), { date: freshDate(f), name: 'Libur dihapus', kind: 'national' });
      return { method: 'DELETE', path: `/api/holidays/${holiday.id}` };
    },
  },
  'GET /api/fiscal-years/{year}': {
    allowed: 'everyone',
    scope: 'global',
    ok: 200,
    build: async () => ({ method: 'GET', path: '/api/fiscal-years/2021' }),
  },
  'GET /api/me': { allowed: 'everyone', scope: 'global', ok: 200, build: async () => ({ method: 'GET', path: '/api/me' }) },
  'GET /api/audit': { allowed: AUDIT_READERS, scope: 'global', ok: 200, build: async () => ({ method: 'GET', path: '/api/audit' }) },
  'GET /api/audit/export': {
    allowed: AUDIT_READERS,
    scope: 'global',
    ok: 200,
    build: async () => ({ method: 'GET', path: '/api/audit/export?format=csv&action=create' }),
  },
  'GET /api/audit/{id}': {
    allowed: AUDIT_READERS,
    scope: 'global',
    ok: 200,
    build: async (f) => {
      const [latest] = await f.t.services.db.select({ id: auditLog.id }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
      return { method: 'GET', path: `/api/audit/${latest!.id}` };
    },
  },
  'GET /api/notifications': {
    allowed: 'everyone',
    scope: 'global',
    ok: 200,
    build: async () => ({ method: 'GET', path: '/api/notifications' }),
  },
  'POST /api/notifications/read-all': {
    allowed: 'everyone',
    scope: 'global',
    ok: 200,
    build: async () => ({ method: 'POST', path: '/api/notifications/read-all' }),
  },
  'POST /api/notifications/{id}/read': {
    // Each account reads its own notifications only; another's is not found.
    allowed: 'everyone',
    scope: 'user',
    awayAllowed: [],
    awayStatus: 404,
    ok: 200,
    build: async (f, role, _unitId, target) => {
      const owner = f.users[target === 'home' ? role : otherAccount(role)].id;
      const db = f.t.services.db;
      await notify(db, { userIds: [owner], kind: 'test.matrix', title: 'Uji', body: 'Pemberitahuan uji' });
      const [row] = await db
        .select({ id: notifications.id })
        .from(notifications)
        .where(eq(notifications.userId, owner))
        .orderBy(desc(notifications.createdAt))
        .limit(1);
      return { method: 'POST', path: `/api/notifications/${row!.id}/read` };
    },
  },
};
