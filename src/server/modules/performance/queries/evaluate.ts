import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/types';
import {
  achievementPct,
  budgetAchievementPct,
  type CategoryBand,
  categoryOf,
  DEFAULT_CATEGORY_BANDS,
  type Direction,
  efficiency,
  overallAchievement,
} from '../achievement';
import { onAudit } from '../../../platform/audit/record';
import { type MeasureRegistry, type MeasureResult, periodOf } from '../measures';
import { perfGoals, perfIndicatorBudgets, perfIndicators, perfPlans, perfRealizations, perfTargets } from '../schema';

export interface CategoryView {
  key: string;
  label: { id: string; en: string };
  color: string;
}

export interface IndicatorEvaluation {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  goalCode: string;
  unit: string;
  decimals: number;
  direction: Direction;
  weight: number;
  responsibleUnitId: string | null;
  source: 'computed' | 'manual';
  measure: string | null;
  sourceNote: string | null;
  target: number | null;
  realization: number | null;
  numerator: number | null;
  denominator: number | null;
  achievementPct: number | null;
  category: CategoryView | null;
  status: 'none' | 'draft' | 'submitted' | 'approved' | 'returned';
  /** For an approved computed value: what the records give now, and whether it moved. */
  recomputed: number | null;
  drift: boolean;
  computedAt: string | null;
  evidenceCount: number;
  budgetCeiling: number | null;
  budgetRealized: number | null;
  budgetAchievementPct: number | null;
  efficiencyIndex: number | null;
  efficiencyLevel: number | null;
  efficient: boolean | null;
}

export interface YearEvaluation {
  year: number;
  period: number;
  plan: { id: string; code: string; name: string; efficiencyStandard: number; achievementCap: number | null } | null;
  overall: { achievementPct: number | null; category: CategoryView | null };
  efficiency: { standard: number; efficient: number; assessed: number };
  indicators: IndicatorEvaluation[];
}

const CACHE_TTL_MS = 30_000;
type Computed = { result: MeasureResult; computedAt: Date };
const cache = new Map<string, { value: Promise<Computed>; expires: number }>();

/**
 * Computed realizations are evaluated on demand and cached for a short while with the moment
 * they were computed (a dashboard refresh does not recount 36.000 news items each time). The
 * cache holds the computation itself, so the fifty requests that find it expired at once wait
 * for one count instead of each making their own.
 */
async function computeMeasure(db: Db, measures: MeasureRegistry, key: string, params: unknown, year: number, period: number) {
  const measure = measures.get(key);
  if (!measure) return null;
  const cacheKey = `${key}|${JSON.stringify(params ?? {})}|${year}|${period}`;
  const hit = cache.get(cacheKey);
  if (hit && Date.now() < hit.expires) return hit.value;
  const value = measure
    .compute(db, periodOf(year, period), (params as Record<string, unknown>) ?? {})
    .then((result) => ({ result, computedAt: new Date() }));
  const entry = { value, expires: Date.now() + CACHE_TTL_MS };
  cache.set(cacheKey, entry);
  // A failed computation is not kept: the next request tries again.
  value.catch(() => cache.get(cacheKey) === entry && cache.delete(cacheKey));
  return value;
}

/** Forgets cached measure values and year rows (after an approval, or in tests). */
export function clearMeasureCache() {
  cache.clear();
  generation++;
}

function categoryView(band: CategoryBand | null): CategoryView | null {
  return band ? { key: band.key, label: band.label, color: band.color } : null;
}

/** Everything a year's evaluation reads, loaded once for any number of periods. */
async function loadIndicators(db: Db, year: number) {
  const indicators = await db
    .select({ indicator: perfIndicators, goal: perfGoals })
    .from(perfIndicators)
    .innerJoin(perfGoals, eq(perfGoals.id, perfIndicators.goalId))
    .where(eq(perfIndicators.year, year))
    .orderBy(asc(perfGoals.sortOrder), asc(perfIndicators.sortOrder), asc(perfIndicators.code));
  const planIds = [...new Set(indicators.map((r) => r.goal.planId))];
  const ids = indicators.map((r) => r.indicator.id);
  const [plans, targets, realizations, budgets] = await Promise.all([
    planIds.length ? db.select().from(perfPlans).where(inArray(perfPlans.id, planIds)) : Promise.resolve([]),
    ids.length ? db.select().from(perfTargets).where(inArray(perfTargets.indicatorId, ids)) : Promise.resolve([]),
    ids.length ? db.select().from(perfRealizations).where(inArray(perfRealizations.indicatorId, ids)) : Promise.resolve([]),
    ids.length ? db.select().from(perfIndicatorBudgets).where(inArray(perfIndicatorBudgets.indicatorId, ids)) : Promise.resolve([]),
  ]);
  return { indicators, plans, targets, realizations, budgets };
}

type YearData = Awaited<ReturnType<typeof loadIndicators>>;

/**
 * Every indicator of a year for one period (0 = year, 1–4 = quarter, year to date): target,
 * realization (typed, computed, or frozen at approval), achievement, category, budget and
 * efficiency, and the bureau's overall achievement. The dashboard, `simpul kpi` and the report
 * tables all read this one function.
 */
export async function evaluateYear(db: Db, measures: MeasureRegistry, year: number, period = 0): Promise<YearEvaluation> {
  const [evaluation] = await evaluateYearPeriods(db, measures, year, [period]);
  return evaluation!;
}

/**
 * A year's plan rows (indicators, targets, realizations, budgets) are kept a few seconds per
 * database: fifty people on the dashboard do not each read them again (on the embedded database
 * the reading is most of the request). Any performance change this process records in the audit
 * trail forgets them at once; another process on the same PostgreSQL sees it within the TTL, as
 * may a read that ran while the change was being committed.
 */
const YEAR_TTL_MS = 5_000;
const yearCache = new WeakMap<Db, Map<number, { data: Promise<YearData>; generation: number; expires: number }>>();
/** Counts the changes recorded: rows read before the latest one are not served again. */
let generation = 0;

onAudit((entry) => {
  if (entry.entityType.startsWith('perf_')) generation++;
});

/** The year's rows, shared by the requests that ask while they are being read (see above). */
function loadYear(db: Db, year: number): Promise<YearData> {
  const years = yearCache.get(db) ?? new Map();
  yearCache.set(db, years);
  const hit = years.get(year);
  if (hit && hit.generation === generation && Date.now() < hit.expires) return hit.data;
  const entry = { data: loadIndicators(db, year), generation, expires: Date.now() + YEAR_TTL_MS };
  years.set(year, entry);
  // A change recorded while they were being read may be missing from them: then, like a failed
  // read, they are not served again (the generation check above and this removal).
  entry.data.then(
    () => entry.generation !== generation && years.get(year) === entry && years.delete(year),
    () => years.get(year) === entry && years.delete(year),
  );
  return entry.data;
}

/** An indicator's realization rows, from its year's rows as kept (see above). */
export async function indicatorRealizations(db: Db, indicator: { id: string; year: number }) {
  const data = await loadYear(db, indicator.year);
  return data.realizations.filter((r) => r.indicatorId === indicator.id);
}

/** The same for several periods of one year, reading the database once. */
export async function evaluateYearPeriods(db: Db, measures: MeasureRegistry, year: number, periods: number[]): Promise<YearEvaluation[]> {
  const data = await loadYear(db, year);
  return Promise.all(periods.map((period) => evaluatePeriod(db, measures, year, period, data)));
}

/**
 * Some indicators alone, of any years, for the given periods — by the same rules as the year's
 * evaluation (an indicator's figures do not depend on the others'; only the overall does, which
 * this leaves out). The indicator page reads its own periods and its other years this way instead
 * of evaluating every indicator of every year.
 */
export async function evaluateIndicators(
  db: Db,
  measures: MeasureRegistry,
  indicators: { id: string; year: number }[],
  periods: number[] | ((year: number) => number[]),
): Promise<(IndicatorEvaluation & { year: number; period: number })[]> {
  const years = [...new Set(indicators.map((i) => i.year))].sort((a, b) => a - b);
  const out: (IndicatorEvaluation & { year: number; period: number })[] = [];
  for (const year of years) {
    const data = await loadYear(db, year);
    const wanted = new Set(indicators.filter((i) => i.year === year).map((i) => i.id));
    const ofYear = { ...data, indicators: data.indicators.filter((r) => wanted.has(r.indicator.id)) };
    for (const period of typeof periods === 'function' ? periods(year) : periods) {
      const evaluation = await evaluatePeriod(db, measures, year, period, ofYear);
      out.push(...evaluation.indicators.map((i) => ({ ...i, year, period })));
    }
  }
  return out;
}

async function evaluatePeriod(db: Db, measures: MeasureRegistry, year: number, period: number, data: YearData): Promise<YearEvaluation> {
  const { indicators, targets, budgets } = data;
  // A year's goals all belong to the strategic plan that covers it.
  const plan = data.plans.find((p) => p.id === indicators[0]?.goal.planId);
  const realizations = data.realizations.filter((r) => r.period === period);
  const bands = (plan?.categoryBands as CategoryBand[] | null) ?? DEFAULT_CATEGORY_BANDS;
  const standard = plan?.efficiencyStandard ?? 1;

  const out: IndicatorEvaluation[] = [];
  for (const { indicator, goal } of indicators) {
    const ownTargets = targets.filter((t) => t.indicatorId === indicator.id);
    const yearTarget = ownTargets.find((t) => t.period === 0)?.value ?? null;
    const explicit = ownTargets.find((t) => t.period === period)?.value;
    const target = explicit ?? (period === 0 || indicator.quarterlyRule === 'same' ? yearTarget : null);
    const row = realizations.find((r) => r.indicatorId === indicator.id);
    const computed = indicator.source === 'measure';

    let realization: number | null = null;
    let numerator: number | null = null;
    let denominator: number | null = null;
    let recomputed: number | null = null;
    let computedAt: Date | null = null;
    if (computed) {
      const live = await computeMeasure(db, measures, indicator.measureKey ?? '', indicator.measureParams, year, period);
      if (row?.status === 'approved' && row.value !== null) {
        realization = row.value;
        numerator = row.numerator;
        denominator = row.denominator;
        computedAt = row.computedAt;
        recomputed = live?.result.value ?? null;
      } else if (live) {
        realization = live.result.value;
        numerator = live.result.numerator ?? null;
        denominator = live.result.denominator ?? null;
        computedAt = live.computedAt;
      }
    } else {
      realization = row?.value ?? null;
    }
    const achievement = achievementPct({
      direction: indicator.direction as Direction,
      target,
      realization,
      bandLow: indicator.bandLow,
      bandHigh: indicator.bandHigh,
      cap: plan?.achievementCap ?? null,
    });
    const budget = budgets.find((b) => b.indicatorId === indicator.id);
    const budgetPct = budget ? budgetAchievementPct(budget.ceiling, budget.realized) : null;
    const eff = efficiency(achievement, budgetPct, standard);
    out.push({
      id: indicator.id,
      code: indicator.code,
      name: indicator.name,
      nameEn: indicator.nameEn,
      goalCode: goal.code,
      unit: indicator.unit,
      decimals: indicator.decimals,
      direction: indicator.direction as Direction,
      weight: indicator.weight,
      responsibleUnitId: indicator.responsibleUnitId,
      source: computed ? 'computed' : 'manual',
      measure: indicator.measureKey,
      sourceNote: indicator.sourceNote,
      target,
      realization,
      numerator,
      denominator,
      achievementPct: achievement,
      category: categoryView(categoryOf(achievement, bands)),
      status: (row?.status as IndicatorEvaluation['status']) ?? 'none',
      recomputed,
      drift: recomputed !== null && realization !== null && Math.abs(recomputed - realization) > 1e-9,
      computedAt: computedAt?.toISOString() ?? null,
      evidenceCount: (row?.evidenceLinks.length ?? 0) + (row?.evidenceFileIds.length ?? 0),
      budgetCeiling: budget?.ceiling ?? null,
      budgetRealized: budget?.realized ?? null,
      budgetAchievementPct: budgetPct,
      efficiencyIndex: eff?.index ?? null,
      efficiencyLevel: eff?.level ?? null,
      efficient: eff?.efficient ?? null,
    });
  }
  const overall = overallAchievement(out.map((i) => ({ achievementPct: i.achievementPct, weight: i.weight })));
  const assessed = out.filter((i) => i.efficient !== null);
  return {
    year,
    period,
    plan: plan
      ? { id: plan.id, code: plan.code, name: plan.name, efficiencyStandard: standard, achievementCap: plan.achievementCap }
      : null,
    overall: { achievementPct: overall, category: categoryView(categoryOf(overall, bands)) },
    efficiency: { standard, efficient: assessed.filter((i) => i.efficient).length, assessed: assessed.length },
    indicators: out,
  };
}
