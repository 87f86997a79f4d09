import { sql } from 'drizzle-orm';
import { queryRows } from '../../../src/server/db/sql';
import { createPlan, createGoal } from '../../../src/server/modules/performance/commands/plan';
import { SYSTEM_META } from '../../../src/server/platform/command';
import type { Actor } from '../../../src/server/platform/context';
import { ROLES, type TRole } from '../../../src/shared/roles';
import { createTestApp, makeUnit, makeUser, type Session, type TestApp } from '../../setup/test-app';

/**
 * The access matrix: for every route of the API, who may call it. Each module's expectations live
 * in a file beside this one; the test (tests/api/access-matrix.test.ts) reads the routes from the
 * application itself and fails for a route that has no expectation here.
 */

/** One request, built fresh for each call so that a success really is one. */
export interface Req {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
  /** A multipart body (uploads, imports). */
  form?: FormData;
}

/** Whose record a request is about: the caller's own unit (or own account), or another one. */
export type Target = 'home' | 'away';

export interface Case {
  /** For a route with an action in its path (submit / approve / return): which one. */
  label?: string;
  /**
   * Who succeeds on a record of their own unit (scope `unit`), their own record (scope `user`),
   * or on anything (scope `global`). `public`: no account needed at all.
   */
  allowed: readonly TRole[] | 'everyone' | 'public';
  /**
   * `global`: the answer depends on the role alone. `unit`: the route is about one record that
   * belongs to a unit; each role also tries a record of another unit. `user`: a record that
   * belongs to one account (a notification, an import preview); each role also tries another's.
   */
  scope: 'global' | 'unit' | 'user';
  /** Scope `unit`/`user`: the roles that also reach another unit's (or account's) record. */
  awayAllowed?: readonly TRole[];
  /** The answer for a record out of reach: 404 when even its existence is hidden. */
  awayStatus?: 403 | 404;
  /** The answer for a role that is not allowed (404 when the route hides the record). */
  refusedStatus?: 403 | 404;
  /** The status of a success. */
  ok: 200 | 201 | 204;
  /** A valid request of `role` about a record of `unitId` (the role's own unit or another). */
  build(f: Fixture, role: TRole, unitId: string, target: Target): Promise<Req>;
}

export type RouteSpec = Case | Case[];
/** Keyed `METHOD /api/path/{param}`, as the OpenAPI document names the routes. */
export type Matrix = Record<string, RouteSpec>;

export interface Fixture {
  t: TestApp;
  units: { bureau: string; group: string; group2: string; proposing: string; proposing2: string };
  /** One signed-in account per role, each in its usual unit. */
  users: Record<TRole, { id: string; unitId: string; session: Session; actor: Actor }>;
  /** The performance plan every case adds its goals and indicators to. */
  plan: { id: string; goalId: string; year: number };
  /** The unit a role works in, and another unit of the same kind. */
  home(role: TRole): string;
  away(role: TRole): string;
  /** A number never returned before in this file (codes, e-mails and dates must be unique). */
  seq(): number;
}

const HOME: Record<TRole, keyof Fixture['units']> = {
  kepala_biro: 'bureau',
  koordinator: 'group',
  staf: 'group',
  perencana: 'group',
  unit_pengusul: 'proposing',
  auditor: 'bureau',
  admin: 'bureau',
};

export async function createFixture(): Promise<Fixture> {
  const t = await createTestApp();
  const bureau = (await makeUnit(t, { kind: 'bureau' })).id;
  const units = {
    bureau,
    group: (await makeUnit(t, { kind: 'group', parentId: bureau })).id,
    group2: (await makeUnit(t, { kind: 'group', parentId: bureau })).id,
    proposing: (await makeUnit(t, { kind: 'regional_office' })).id,
    proposing2: (await makeUnit(t, { kind: 'regional_office' })).id,
  };
  const users = {} as Fixture['users'];
  for (const role of ROLES) {
    const unitId = units[HOME[role]];
    const { user, session } = await makeUser(t, role, unitId);
    users[role] = {
      id: user.id,
      unitId,
      session,
      actor: { id: user.id, name: user.name, email: user.email, role, unitId, twoFactorEnabled: false },
    };
  }
  const ctx = { tx: t.services.db, actor: null, meta: SYSTEM_META };
  const plan = await createPlan(ctx, { code: `RENSTRA-${process.pid}`, name: 'Renstra uji', startYear: 2020, endYear: 2099 });
  const goal = await createGoal(ctx, { planId: plan.id, year: 2021, code: 'SK1', statement: 'Sasaran uji', sortOrder: 0 });
  let n = 0;
  return {
    t,
    units,
    users,
    plan: { id: plan.id, goalId: goal.id, year: 2021 },
    home: (role) => units[HOME[role]],
    away: (role) => (HOME[role] === 'proposing' ? units.proposing2 : units.group2),
    seq: () => ++n,
  };
}

/** Sends a request as `session` (or anonymously). */
export function send(f: Fixture, req: Req, session?: Session): Promise<Response> {
  return f.t.request(req.path, {
    method: req.method,
    as: session,
    ...(req.form ? { rawBody: req.form } : req.body !== undefined ? { body: req.body } : {}),
  });
}

/** The last entry of the audit trail: a refused request must not add one. */
export async function lastAuditId(f: Fixture): Promise<number> {
  const [row] = await queryRows<{ n: number }>(f.t.services.db, sql`SELECT coalesce(max(id), 0)::int AS n FROM audit_log`);
  return Number(row?.n ?? 0);
}

/** What a role should get for a case, on its own unit's record or another's. */
export function expectedStatus(c: Case, role: TRole | null, target: Target): number {
  if (c.allowed === 'public') return c.ok;
  if (role === null) return 401;
  const allowed = c.allowed === 'everyone' || c.allowed.includes(role);
  if (!allowed) return c.refusedStatus ?? 403;
  if (target === 'home' || c.scope === 'global') return c.ok;
  return c.awayAllowed?.includes(role) ? c.ok : (c.awayStatus ?? 403);
}

/** A multipart form with one file. */
export function fileForm(content: string | Uint8Array, fileName: string, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.append('file', new File([content as BlobPart], fileName));
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return form;
}

/** Every role but the listed ones. */
export const rolesExcept = (...excluded: TRole[]): TRole[] => ROLES.filter((r) => !excluded.includes(r));

/** The roles whose view is not limited to their own unit. */
export const BUREAU_ROLES: readonly TRole[] = rolesExcept('unit_pengusul');
