import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/types';
import { type Direction, suggestTarget } from '../achievement';
import type { MeasureRegistry } from '../measures';
import { perfIndicators } from '../schema';
import { evaluateYear } from './evaluate';

/** How many past years the advisor looks at. */
const HISTORY_YEARS = 5;

/**
 * The target advisor: for each indicator of `year`, its realizations over the last years (matched
 * by code) and a suggested target for the next year, with the reason (spec 10).
 */
export async function buildTargetAdvice(db: Db, measures: MeasureRegistry, year: number) {
  const indicators = await db.select().from(perfIndicators).where(eq(perfIndicators.year, year));
  const years: number[] = [];
  for (let y = year - HISTORY_YEARS + 1; y <= year; y++) years.push(y);
  const evaluations = await Promise.all(years.map((y) => evaluateYear(db, measures, y, 0)));
  return {
    year,
    nextYear: year + 1,
    items: indicators
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((indicator) => {
        const history = evaluations
          .map((evaluation) => {
            const item = evaluation.indicators.find((i) => i.code === indicator.code);
            return item
              ? { year: evaluation.year, target: item.target, realization: item.realization, achievementPct: item.achievementPct }
              : null;
          })
          .filter((h): h is NonNullable<typeof h> => h !== null);
        const advice = suggestTarget(history, indicator.direction as Direction);
        return {
          indicatorId: indicator.id,
          code: indicator.code,
          name: indicator.name,
          nameEn: indicator.nameEn,
          unit: indicator.unit,
          decimals: indicator.decimals,
          history,
          suggested: advice.suggested,
          reason: advice.reason,
        };
      }),
  };
}
