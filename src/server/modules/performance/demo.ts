import type { Db } from '../../db/types';
import { SYSTEM_META } from '../../platform/command';
import type { MeasureRegistry } from './measures';
import { createGoal, createIndicator, createPlan, setIndicatorBudget, setTargets } from './commands/plan';
import { approveRealization, saveManualRealization, submitRealization } from './commands/realizations';
import { DEMO_GOALS_2021, DEMO_INDICATORS_2021 } from './demo-2021';

/** Evidence of the demo's manual values: the report itself, where the figure was published. */
const REPORT_EVIDENCE = 'https://www.pom.go.id/laporan-tahunan/biro-kerja-sama-dan-humas-2021';

/**
 * Loads the 2020–2024 plan with 2021's goals, indicators, targets and budgets, and a manual,
 * approved realization for each indicator whose module does not compute it yet.
 */
export async function loadPerformanceDemo(db: Db, measures: MeasureRegistry, unitIds: Record<string, string>) {
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
        source: 'manual',
        sourceNote: item.note,
        quarterlyRule: item.unit === 'negara' ? 'cumulative' : 'same',
        responsibleUnitId: unitIds[item.group] ?? null,
        weight: 1,
        evidenceRequired: true,
        sortOrder: i,
      });
      await setTargets(ctx, indicator.id, { year: item.target });
      await setIndicatorBudget(ctx, indicator.id, {
        ceiling: item.ceiling,
        realized: item.realized,
        note: 'Laporan Tahunan 2021, Tabel IKK',
      });
      await saveManualRealization(ctx, indicator.id, 0, {
        value: item.realization,
        note: item.note,
        evidenceLinks: [REPORT_EVIDENCE],
        evidenceFileIds: [],
      });
      await submitRealization(ctx, indicator.id, 0);
      await approveRealization({ ...ctx, db }, measures, indicator.id, 0, 'Disetujui (data demo 2021)');
    }
  });
}
