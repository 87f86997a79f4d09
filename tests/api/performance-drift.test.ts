import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/client';
import { buildMeasureRegistry, clearMeasureCache, evaluateYear, type Measure } from '../../src/server/modules/performance';
import { createGoal, createIndicator, createPlan, setTargets } from '../../src/server/modules/performance/commands/plan';
import { approveRealization, saveManualRealization, submitRealization } from '../../src/server/modules/performance/commands/realizations';
import { SYSTEM_META } from '../../src/server/platform/command';
import { AppError } from '../../src/server/platform/errors';
import { createTestDatabase } from '../setup/test-db';

// A measure whose records the test controls: a counter of "done" items over all items.
const state = { done: 58, all: 88 };
const fakeMeasure: Measure = {
  key: 'test.share_pct',
  label: { id: 'Uji', en: 'Test' },
  description: { id: 'Uji', en: 'Test' },
  unit: '%',
  async compute() {
    return { value: (state.done / state.all) * 100, numerator: state.done, denominator: state.all };
  },
  async records() {
    return { columns: [], rows: [], total: state.all };
  },
};
const measures = buildMeasureRegistry([fakeMeasure]);

let database: Database;
let computedId: string;
let manualId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  await db.transaction(async (tx) => {
    const ctx = { tx, actor: null, meta: SYSTEM_META };
    const plan = await createPlan(ctx, { code: 'R', name: 'Renstra uji', startYear: 2030, endYear: 2034 });
    const goal = await createGoal(ctx, { planId: plan.id, year: 2030, code: 'SK1', statement: 'Sasaran uji', sortOrder: 0 });
    const base = {
      goalId: goal.id,
      unit: '%',
      decimals: 2,
      direction: 'higher' as const,
      quarterlyRule: 'same' as const,
      weight: 1,
      evidenceRequired: true,
      sortOrder: 0,
      definition: '',
    };
    computedId = (
      await createIndicator(ctx, measures, { ...base, code: 'K1', name: 'Dihitung', source: 'measure', measureKey: 'test.share_pct' })
    ).id;
    manualId = (await createIndicator(ctx, measures, { ...base, code: 'K2', name: 'Manual', source: 'manual' })).id;
    await setTargets(ctx, computedId, { year: 65 });
    await setTargets(ctx, manualId, { year: 65 });
  });
});
afterAll(() => database.close());

describe('freeze and drift', () => {
  it('computes live until approval, then freezes and shows drift beside the frozen value', async () => {
    const db = database.db;
    clearMeasureCache();
    let k1 = (await evaluateYear(db, measures, 2030)).indicators.find((i) => i.code === 'K1')!;
    expect(k1.source).toBe('computed');
    expect(k1.realization).toBeCloseTo(65.909, 3);
    expect(k1.drift).toBe(false);

    await db.transaction(async (tx) => {
      await submitRealization({ tx, actor: null, meta: SYSTEM_META }, computedId, 0);
      await approveRealization({ tx, actor: null, meta: SYSTEM_META, db }, measures, computedId, 0);
    });
    state.done = 60; // records change after approval
    clearMeasureCache();
    k1 = (await evaluateYear(db, measures, 2030)).indicators.find((i) => i.code === 'K1')!;
    expect(k1.status).toBe('approved');
    expect(k1.realization).toBeCloseTo(65.909, 3); // frozen
    expect(k1.recomputed).toBeCloseTo(68.182, 3); // what the records say now
    expect(k1.drift).toBe(true);
  });

  it('never takes a typed value for a computed indicator', async () => {
    await expect(
      database.db.transaction((tx) =>
        saveManualRealization({ tx, actor: null, meta: SYSTEM_META }, computedId, 1, {
          value: 99,
          note: 'ketik',
          evidenceLinks: ['https://x.org'],
          evidenceFileIds: [],
        }),
      ),
    ).rejects.toBeInstanceOf(AppError);
  });

  it('refuses a submit without a value and an approval that was not submitted', async () => {
    const db = database.db;
    const ctx = { tx: db, actor: null, meta: SYSTEM_META };
    await expect(submitRealization(ctx, manualId, 2)).rejects.toMatchObject({ code: 'INVALID_STATE' });
    await expect(approveRealization({ ...ctx, db }, measures, manualId, 3)).rejects.toMatchObject({ code: 'INVALID_STATE' });
  });
});
