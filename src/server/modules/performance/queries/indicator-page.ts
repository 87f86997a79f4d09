import { and, desc, eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../../../db/types';
import { auditLog } from '../../../platform/audit/schema';
import { projectYearEnd, suggestTarget, type Direction } from '../achievement';
import type { MeasureRegistry } from '../measures';
import { AppError } from '../../../platform/errors';
import { perfIndicators } from '../schema';
import { evaluateIndicators, indicatorRealizations } from './evaluate';

/**
 * Everything the indicator page shows: the definition, each period's evaluation, the realization
 * rows with evidence, the history of changes, other years of the same code, a year-end projection
 * and the target advisor's suggestion.
 */
export async function buildIndicatorPage(db: Db, measures: MeasureRegistry, id: string) {
  // The indicator and its code's other years in one read; its realizations from the year's rows
  // that the dashboard keeps (evaluate.ts). A request reads the database twice (this and the
  // history) where it read four times.
  const sameCode = await db
    .select()
    .from(perfIndicators)
    .where(inArray(perfIndicators.code, db.select({ code: perfIndicators.code }).from(perfIndicators).where(eq(perfIndicators.id, id))));
  const indicator = sameCode.find((row) => row.id === id);
  if (!indicator) throw new AppError('NOT_FOUND');
  const realizations = await indicatorRealizations(db, indicator);
  const realizationIds = realizations.map((r) => r.id);
  const history = await db
    .select()
    .from(auditLog)
    .where(
      or(
        and(inArray(auditLog.entityType, ['perf_indicator', 'perf_targets', 'perf_budget']), eq(auditLog.entityId, id)),
        realizationIds.length ? and(eq(auditLog.entityType, 'perf_realization'), inArray(auditLog.entityId, realizationIds)) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(100);
  // Its own year period by period, and the same code's other years, read together.
  const evaluations = await evaluateIndicators(
    db,
    measures,
    sameCode.map((other) => ({ id: other.id, year: other.year })),
    (year) => (year === indicator.year ? [0, 1, 2, 3, 4] : [0]),
  );
  const periods = evaluations.filter((e) => e.id === id).map(({ year: _year, ...evaluation }) => evaluation);
  const sameYears = evaluations.filter((e) => e.period === 0);
  const years = sameYears.map((item) => ({
    year: item.year,
    indicatorId: item.id,
    target: item.target,
    realization: item.realization,
    achievementPct: item.achievementPct,
  }));
  const quarterPoints = periods
    .filter((p) => p.period > 0 && p.realization !== null)
    .map((p) => ({ quarter: p.period, value: p.realization as number }));
  const advice = suggestTarget(
    years.filter((y) => y.year <= indicator.year),
    indicator.direction as Direction,
  );
  return {
    indicator: {
      id: indicator.id,
      year: indicator.year,
      code: indicator.code,
      name: indicator.name,
      nameEn: indicator.nameEn,
      definition: indicator.definition,
      unit: indicator.unit,
      decimals: indicator.decimals,
      direction: indicator.direction,
      source: indicator.source === 'measure' ? 'computed' : 'manual',
      measure: indicator.measureKey,
      measureLabel: indicator.measureKey ? (measures.get(indicator.measureKey)?.label ?? null) : null,
      sourceNote: indicator.sourceNote,
      quarterlyRule: indicator.quarterlyRule,
      responsibleUnitId: indicator.responsibleUnitId,
      weight: indicator.weight,
      evidenceRequired: indicator.evidenceRequired,
    },
    periods,
    realizations: realizations
      .sort((a, b) => a.period - b.period)
      .map((r) => ({
        id: r.id,
        period: r.period,
        value: r.value,
        note: r.note,
        evidenceLinks: r.evidenceLinks,
        evidenceFileIds: r.evidenceFileIds,
        status: r.status,
        statusComment: r.statusComment,
        submittedAt: r.submittedAt?.toISOString() ?? null,
        approvedAt: r.approvedAt?.toISOString() ?? null,
      })),
    history: history.map((h) => ({
      id: h.id,
      at: h.at.toISOString(),
      actor: h.actorLabel,
      action: h.action,
      entityType: h.entityType,
      before: h.before,
      after: h.after,
    })),
    years,
    projection: projectYearEnd(quarterPoints, indicator.quarterlyRule === 'cumulative'),
    advice,
  };
}

export type IndicatorPage = Awaited<ReturnType<typeof buildIndicatorPage>>;
