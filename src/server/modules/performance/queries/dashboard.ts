import { asc } from 'drizzle-orm';
import { roundHalfAwayFromZero } from '../../../../shared/format';
import type { TDashboard } from '../../../../shared/performance';
import type { Db } from '../../../db/types';
import type { MeasureRegistry } from '../measures';
import { perfGoals } from '../schema';
import { evaluateYearPeriods } from './evaluate';

/**
 * The dashboard for a year and a period: the evaluation, the quarterly trend of each indicator,
 * and the alerts (below target, not submitted, drift, no realization).
 */
export async function buildDashboard(db: Db, measures: MeasureRegistry, year: number, period: number): Promise<TDashboard> {
  const [evaluation, ...quarters] = await evaluateYearPeriods(db, measures, year, [period, 1, 2, 3, 4]);
  if (!evaluation) throw new Error('no evaluation');
  const trend = evaluation.indicators.map((indicator) => ({
    indicatorId: indicator.id,
    points: quarters.map((q, i) => ({ period: i + 1, realization: q.indicators.find((x) => x.id === indicator.id)?.realization ?? null })),
  }));
  const alerts: TDashboard['alerts'] = [];
  for (const indicator of evaluation.indicators) {
    const base = { indicatorId: indicator.id, code: indicator.code };
    if (indicator.realization === null) alerts.push({ kind: 'no_realization', ...base });
    // Judged on the achievement as shown (two decimals): a computed 99,996% reads 100,00% and
    // meets the target, as the report counts it (IKK8 2021: 99,82 of 99,82).
    else if (indicator.achievementPct !== null && roundHalfAwayFromZero(indicator.achievementPct, 2) < 100)
      alerts.push({ kind: 'below_target', ...base });
    if (indicator.status === 'none' || indicator.status === 'draft' || indicator.status === 'returned')
      alerts.push({ kind: 'not_submitted', ...base });
    if (indicator.drift) alerts.push({ kind: 'drift', ...base });
  }
  const years = await db.selectDistinct({ year: perfGoals.year }).from(perfGoals).orderBy(asc(perfGoals.year));
  return { ...evaluation, years: years.map((y) => y.year), alerts, trend };
}
