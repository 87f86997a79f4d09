import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Measure } from './measures';
import { perfIndicatorBudgets, perfIndicators } from './schema';

/**
 * Budget absorption of the bureau's indicators: realized / ceiling × 100 over every indicator of
 * the year that has a budget. Needs no other module (the budget module will later feed the same
 * per-indicator figures from its components).
 */
export const budgetAbsorptionMeasure: Measure = {
  key: 'performance.budget_absorption_pct',
  label: { id: 'Penyerapan anggaran indikator', en: 'Budget absorption of the indicators' },
  description: {
    id: 'Jumlah realisasi anggaran dibagi jumlah pagu seluruh indikator tahun itu × 100.',
    en: "Sum of the indicators' budget realization over the sum of their ceilings × 100.",
  },
  unit: '%',
  async compute(db, period) {
    const [row] = await db
      .select({
        ceiling: sql<string>`coalesce(sum(${perfIndicatorBudgets.ceiling}), 0)`,
        realized: sql<string>`coalesce(sum(${perfIndicatorBudgets.realized}), 0)`,
      })
      .from(perfIndicatorBudgets)
      .innerJoin(perfIndicators, eq(perfIndicators.id, perfIndicatorBudgets.indicatorId))
      .where(eq(perfIndicators.year, period.year));
    const ceiling = Number(row?.ceiling ?? 0);
    const realized = Number(row?.realized ?? 0);
    return { value: ceiling > 0 ? (realized / ceiling) * 100 : null, numerator: realized, denominator: ceiling };
  },
  async records(db, period, _params, page) {
    const ids = db.select({ id: perfIndicators.id }).from(perfIndicators).where(eq(perfIndicators.year, period.year));
    const rows = await db
      .select({
        code: perfIndicators.code,
        name: perfIndicators.name,
        ceiling: perfIndicatorBudgets.ceiling,
        realized: perfIndicatorBudgets.realized,
      })
      .from(perfIndicatorBudgets)
      .innerJoin(perfIndicators, and(eq(perfIndicators.id, perfIndicatorBudgets.indicatorId), inArray(perfIndicators.id, ids)))
      .orderBy(perfIndicators.sortOrder, perfIndicators.code)
      .limit(page.limit)
      .offset(page.offset);
    const [count] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(perfIndicatorBudgets)
      .innerJoin(perfIndicators, eq(perfIndicators.id, perfIndicatorBudgets.indicatorId))
      .where(eq(perfIndicators.year, period.year));
    return {
      columns: [
        { key: 'code', label: { id: 'Kode', en: 'Code' } },
        { key: 'name', label: { id: 'Indikator', en: 'Indicator' } },
        { key: 'ceiling', label: { id: 'Pagu (Rp)', en: 'Ceiling (Rp)' } },
        { key: 'realized', label: { id: 'Realisasi (Rp)', en: 'Realized (Rp)' } },
      ],
      rows,
      total: count?.n ?? 0,
    };
  },
};

export const PERFORMANCE_MEASURES: Measure[] = [budgetAbsorptionMeasure];
