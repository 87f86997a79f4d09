import { eq } from 'drizzle-orm';
import type { Db } from '../../db/types';
import { SYSTEM_META } from '../../platform/command';
import type { MeasureRegistry } from './measures';
import { createGoal, createIndicator, createPlan, setIndicatorBudget, setTargets } from './commands/plan';
import { approveRealization, saveManualRealization, submitRealization } from './commands/realizations';
import { DEMO_GOALS_2021, DEMO_INDICATORS_2021 } from './demo-2021';
import { perfIndicators } from './schema';

/** Evidence of the demo's manual values: the report itself, where the figure was published. */
const REPORT_EVIDENCE = 'https://www.pom.go.id/laporan-tahunan/biro-kerja-sama-dan-humas-2021';

/**
 * Loads the 2020–2024 plan with 2021's goals, indicators, targets and budgets, and a manual,
 * approved realization for each indicator whose module does not compute it yet.
 */
export async function loadPerformanceDemo(db: Db, measures: MeasureRegistry, unitIds: Record<string, string>, scale = 1) {
  if (scale > 1) await loadPerformanceHistory(db, measures, unitIds, scale - 1);
  await db.transaction(async (tx) => {
    const ctx = { tx, actor: null, meta: SYSTEM_META };
    const plan = await createPlan(ctx, {
      code: '2020-2024',
      name: 'Rencana Strategis Biro Kerja Sama dan Humas 2020–2024',
      startYear: 2020,
      endYear: 2024,
    });
    const goalIds: Record<string, string> = {};
    for (const [i, goal] of DEMO_GOALS_2021.entries()) {
      const row = await createGoal(ctx, { planId: plan.id, year: 2021, code: goal.code, statement: goal.statement, sortOrder: i });
      goalIds[goal.code] = row.id;
    }
    for (const [i, item] of DEMO_INDICATORS_2021.entries()) {
      const indicator = await createIndicator(ctx, measures, {
        goalId: goalIds[item.goal]!,
        code: item.code,
        name: item.name,
        nameEn: item.nameEn,
        definition: item.definition,
        unit: item.unit,
        decimals: item.decimals,
        direction: 'higher',
        source: item.measure ? 'measure' : 'manual',
        measureKey: item.measure ?? null,
        sourceNote: item.note,
        quarterlyRule: item.unit === 'negara' ? 'cumulative' : 'same',
        responsibleUnitId: unitIds[item.group] ?? null,
        weight: 1,
        evidenceRequired: true,
        sortOrder: i,
      });
      // The plan editor's request has no parameters yet: the demo names its survey or study directly.
      if (item.measureParams) {
        await tx.update(perfIndicators).set({ measureParams: item.measureParams }).where(eq(perfIndicators.id, indicator.id));
      }
      await setTargets(ctx, indicator.id, { year: item.target });
      await setIndicatorBudget(ctx, indicator.id, {
        ceiling: item.ceiling,
        realized: item.realized,
        note: 'Laporan Tahunan 2021, Tabel IKK',
      });
      // A computed indicator takes no typed value: its approval freezes what the records give.
      if (!item.measure) {
        await saveManualRealization(ctx, indicator.id, 0, {
          value: item.realization,
          note: item.note,
          evidenceLinks: [REPORT_EVIDENCE],
          evidenceFileIds: [],
        });
      }
      await submitRealization(ctx, indicator.id, 0);
      await approveRealization({ ...ctx, db }, measures, indicator.id, 0, 'Disetujui (data demo 2021)');
    }
  });
}

/**
 * For benchmarks and the target advisor (`simpul demo --scale N`): the N years before 2021 with
 * the same indicators, targets a little lower each year back and realizations around them. These
 * years are generated, not BPOM's: the plan they belong to says so in its name.
 */
async function loadPerformanceHistory(db: Db, measures: MeasureRegistry, unitIds: Record<string, string>, years: number) {
  await db.transaction(async (tx) => {
    const ctx = { tx, actor: null, meta: SYSTEM_META };
    const plans = new Map<number, string>();
    for (let k = 1; k <= years; k++) {
      const year = 2021 - k;
      const start = year - ((year - 2020 + 500) % 5);
      if (!plans.has(start)) {
        const plan = await createPlan(ctx, {
          code: `${start}-${start + 4}-generated`,
          name: `Renstra ${start}–${start + 4} (data bangkitan / generated)`,
          startYear: start,
          endYear: start + 4,
        });
        plans.set(start, plan.id);
      }
      const goalIds: Record<string, string> = {};
      for (const [i, goal] of DEMO_GOALS_2021.entries()) {
        goalIds[goal.code] = (
          await createGoal(ctx, { planId: plans.get(start)!, year, code: goal.code, statement: goal.statement, sortOrder: i })
        ).id;
      }
      for (const [i, item] of DEMO_INDICATORS_2021.entries()) {
        const indicator = await createIndicator(ctx, measures, {
          goalId: goalIds[item.goal]!,
          code: item.code,
          name: item.name,
          nameEn: item.nameEn,
          definition: item.definition,
          unit: item.unit,
          decimals: item.decimals,
          direction: 'higher',
          source: 'manual',
          sourceNote: 'Data bangkitan untuk uji beban. / Generated data for load tests.',
          quarterlyRule: 'same',
          responsibleUnitId: unitIds[item.group] ?? null,
          weight: 1,
          evidenceRequired: false,
          sortOrder: i,
        });
        const target = item.decimals === 0 ? item.target : Math.round(item.target * (1 - 0.01 * k) * 100) / 100;
        await setTargets(ctx, indicator.id, { year: target });
        // A deterministic wobble of ±4% around the target, so the history has ups and downs.
        const wobble = 1 + 0.04 * Math.sin((k + 1) * (i + 2));
        const value = item.decimals === 0 ? item.realization : Math.round(target * wobble * 100) / 100;
        await saveManualRealization(ctx, indicator.id, 0, {
          value,
          note: 'Data bangkitan / generated',
          evidenceLinks: [],
          evidenceFileIds: [],
        });
        await submitRealization(ctx, indicator.id, 0);
        await approveRealization({ ...ctx, db }, measures, indicator.id, 0);
      }
    }
  });
}
