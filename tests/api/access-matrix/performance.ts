import { MEASURES } from '../../../src/server/modules/measures';
import { createGoal, createIndicator } from '../../../src/server/modules/performance/commands/plan';
import { saveManualRealization, submitRealization } from '../../../src/server/modules/performance/commands/realizations';
import { SYSTEM_META } from '../../../src/server/platform/command';
import { ZCreateIndicatorRequest } from '../../../src/shared/performance';
import type { TRole } from '../../../src/shared/roles';
import { type Case, type Fixture, type Matrix, rolesExcept } from './harness';

const READERS = rolesExcept('unit_pengusul');
const PLANNERS: TRole[] = ['perencana', 'admin'];
const EVIDENCE = { value: 80, note: 'Realisasi uji', evidenceLinks: ['https://example.org/bukti.pdf'], evidenceFileIds: [] };

const system = (f: Fixture) => ({ tx: f.t.services.db, actor: null, meta: SYSTEM_META });

/** A new indicator of the fixture's 2021 plan, answered for by unit `unitId`. */
async function indicator(f: Fixture, unitId: string | null, source: 'manual' | 'measure' = 'manual') {
  const input = ZCreateIndicatorRequest.parse({
    goalId: f.plan.goalId,
    code: `IKU${f.seq()}`,
    name: 'Indikator uji matriks',
    unit: '%',
    direction: 'higher',
    source,
    measureKey: source === 'measure' ? 'performance.budget_absorption_pct' : null,
    responsibleUnitId: unitId,
  });
  return createIndicator(system(f), MEASURES, input);
}

/** An indicator of `unitId` whose first quarter is a draft, or already submitted to the head. */
async function realization(f: Fixture, unitId: string, submitted: boolean) {
  const row = await indicator(f, unitId);
  await saveManualRealization(system(f), row.id, 1, EVIDENCE);
  if (submitted) await submitRealization(system(f), row.id, 1);
  return row.id;
}

let copyYear = 2030;
const read = (path: (f: Fixture) => Promise<string>): Case => ({
  allowed: READERS,
  scope: 'global',
  ok: 200,
  build: async (f) => ({ method: 'GET', path: await path(f) }),
});

/** Performance: units outside the bureau see none of it; groups enter their own indicators. */
export const PERFORMANCE_MATRIX: Matrix = {
  'GET /api/performance/years/{year}/dashboard': read(async () => '/api/performance/years/2021/dashboard?period=1'),
  'GET /api/performance/years/{year}/plan': read(async () => '/api/performance/years/2021/plan'),
  'GET /api/performance/years/{year}/target-advice': read(async () => '/api/performance/years/2021/target-advice'),
  'GET /api/performance/years/{year}/table1.xlsx': read(async () => '/api/performance/years/2021/table1.xlsx'),
  'GET /api/performance/indicators/{id}': read(async (f) => `/api/performance/indicators/${(await indicator(f, f.units.group)).id}`),
  'GET /api/performance/indicators/{id}/records': read(
    async (f) => `/api/performance/indicators/${(await indicator(f, f.units.group, 'measure')).id}/records`,
  ),
  'PUT /api/performance/indicators/{id}/realizations/{period}': {
    // The planner enters any realization; a group's coordinator and staff only their group's.
    allowed: ['perencana', 'koordinator', 'staf'],
    scope: 'unit',
    awayAllowed: ['perencana'],
    ok: 200,
    build: async (f, _role, unitId) => ({
      method: 'PUT',
      path: `/api/performance/indicators/${(await indicator(f, unitId)).id}/realizations/1`,
      body: EVIDENCE,
    }),
  },
  'POST /api/performance/indicators/{id}/realizations/{period}/{action}': [
    {
      label: 'submit',
      allowed: ['perencana', 'koordinator'],
      scope: 'unit',
      awayAllowed: ['perencana'],
      ok: 200,
      build: async (f, _role, unitId) => ({
        method: 'POST',
        path: `/api/performance/indicators/${await realization(f, unitId, false)}/realizations/1/submit`,
        body: {},
      }),
    },
    {
      label: 'approve',
      allowed: ['kepala_biro'],
      scope: 'unit',
      awayAllowed: ['kepala_biro'],
      ok: 200,
      build: async (f, _role, unitId) => ({
        method: 'POST',
        path: `/api/performance/indicators/${await realization(f, unitId, true)}/realizations/1/approve`,
        body: { comment: 'Disetujui' },
      }),
    },
    {
      label: 'return',
      allowed: ['kepala_biro'],
      scope: 'unit',
      awayAllowed: ['kepala_biro'],
      ok: 200,
      build: async (f, _role, unitId) => ({
        method: 'POST',
        path: `/api/performance/indicators/${await realization(f, unitId, true)}/realizations/1/return`,
        body: { comment: 'Lengkapi bukti' },
      }),
    },
  ],
  'POST /api/performance/years/{year}/goals': {
    allowed: PLANNERS,
    scope: 'global',
    ok: 201,
    build: async (f) => ({
      method: 'POST',
      path: '/api/performance/years/2021/goals',
      body: { code: `SK${f.seq()}`, statement: 'Sasaran baru' },
    }),
  },
  'POST /api/performance/indicators': {
    allowed: PLANNERS,
    scope: 'global',
    ok: 201,
    build: async (f) => ({
      method: 'POST',
      path: '/api/performance/indicators',
      body: { goalId: f.plan.goalId, code: `IKN${f.seq()}`, name: 'Indikator baru', unit: '%', direction: 'higher', source: 'manual' },
    }),
  },
  'PATCH /api/performance/indicators/{id}': {
    allowed: PLANNERS,
    scope: 'global',
    ok: 200,
    build: async (f) => ({
      method: 'PATCH',
      path: `/api/performance/indicators/${(await indicator(f, f.units.group)).id}`,
      body: { name: 'Nama indikator diubah' },
    }),
  },
  'PUT /api/performance/indicators/{id}/targets': {
    allowed: PLANNERS,
    scope: 'global',
    ok: 200,
    build: async (f) => ({
      method: 'PUT',
      path: `/api/performance/indicators/${(await indicator(f, f.units.group)).id}/targets`,
      body: { year: 90, quarters: [20, 45, 70, 90] },
    }),
  },
  'PUT /api/performance/indicators/{id}/budget': {
    allowed: ['perencana'],
    scope: 'global',
    ok: 200,
    build: async (f) => ({
      method: 'PUT',
      path: `/api/performance/indicators/${(await indicator(f, f.units.group)).id}/budget`,
      body: { ceiling: 150_000_000, realized: 120_000_000 },
    }),
  },
  'POST /api/performance/years/{year}/copy-from-previous': {
    allowed: PLANNERS,
    scope: 'global',
    ok: 201,
    build: async (f) => {
      // Each call copies into its own empty year from a year that has a goal.
      copyYear += 2;
      await createGoal(system(f), { planId: f.plan.id, year: copyYear - 1, code: 'SK1', statement: 'Sasaran disalin', sortOrder: 0 });
      return { method: 'POST', path: `/api/performance/years/${copyYear}/copy-from-previous` };
    },
  },
};
