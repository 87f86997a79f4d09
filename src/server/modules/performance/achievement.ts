/**
 * Every formula of performance management (spec 10), in one place. Values are kept at full
 * precision; rounding is for display only.
 */
import { AppError } from '../../platform/errors';

export type Direction = 'higher' | 'lower' | 'band';

export interface AchievementInput {
  direction: Direction;
  target: number | null;
  realization: number | null;
  /** For a band: the band's bounds (the target is then informative). */
  bandLow?: number | null;
  bandHigh?: number | null;
  /** Optional cap of the plan, in percent (e.g. 120). */
  cap?: number | null;
}

/**
 * Achievement (capaian) in percent, or null when the realization is missing.
 * - higher is better: realization / target × 100
 * - lower is better: (2 × target − realization) / target × 100, floored at 0
 * - band: 100 inside [low, high]; outside, 100 less the distance to the nearest bound as a
 *   percentage of that bound, floored at 0
 * A target of 0 has no ratio and is refused (VALIDATION on the target).
 */
export function achievementPct(input: AchievementInput): number | null {
  const { direction, target, realization } = input;
  if (realization === null || realization === undefined || !Number.isFinite(realization)) return null;
  let pct: number;
  if (direction === 'band') {
    const low = input.bandLow ?? null;
    const high = input.bandHigh ?? null;
    if (low === null || high === null || low > high) throw invalidTarget('band');
    if (realization >= low && realization <= high) pct = 100;
    else {
      const bound = realization < low ? low : high;
      if (bound === 0) throw invalidTarget('band');
      pct = Math.max(0, 100 - (Math.abs(realization - bound) / Math.abs(bound)) * 100);
    }
  } else {
    if (target === null || target === undefined) return null;
    if (target === 0 || !Number.isFinite(target)) throw invalidTarget('zero');
    pct = direction === 'higher' ? (realization / target) * 100 : Math.max(0, ((2 * target - realization) / target) * 100);
  }
  if (input.cap !== null && input.cap !== undefined) pct = Math.min(pct, input.cap);
  return pct;
}

function invalidTarget(kind: 'zero' | 'band') {
  return new AppError('VALIDATION', {
    fields: [
      {
        path: 'target',
        message:
          kind === 'zero'
            ? 'Target 0 tidak dapat dipakai untuk menghitung capaian (pembagian dengan nol). / A target of 0 cannot give an achievement.'
            : 'Batas bawah dan atas rentang target tidak valid. / The target band bounds are invalid.',
      },
    ],
  });
}

export type CategoryKey = 'sangat_kurang' | 'kurang' | 'cukup' | 'baik' | 'sangat_baik' | 'tidak_dapat_disimpulkan';

export interface CategoryBand {
  key: CategoryKey;
  label: { id: string; en: string };
  color: string;
  /** Lower bound (inclusive unless `lowerExclusive`), in percent; the first band has none. */
  from: number | null;
  lowerExclusive?: boolean;
}

/**
 * BPOM's secretariat criteria: < 50 Sangat Kurang; 50–< 70 Kurang; 70–< 90 Cukup; 90–110 Baik;
 * > 110–120 Sangat Baik; > 120 Tidak dapat disimpulkan. The source writes "90% < x ≤ 110%" for
 * Baik, leaving exactly 90% in no band; Simpul closes the gap by putting 90% in Baik (Cukup ends
 * below 90), so every value has exactly one category.
 */
export const DEFAULT_CATEGORY_BANDS: CategoryBand[] = [
  { key: 'sangat_kurang', label: { id: 'Sangat Kurang', en: 'Very poor' }, color: '#c92a2a', from: null },
  { key: 'kurang', label: { id: 'Kurang', en: 'Poor' }, color: '#e8590c', from: 50 },
  { key: 'cukup', label: { id: 'Cukup', en: 'Fair' }, color: '#e67700', from: 70 },
  { key: 'baik', label: { id: 'Baik', en: 'Good' }, color: '#2b8a3e', from: 90 },
  { key: 'sangat_baik', label: { id: 'Sangat Baik', en: 'Very good' }, color: '#1864ab', from: 110, lowerExclusive: true },
  {
    key: 'tidak_dapat_disimpulkan',
    label: { id: 'Tidak dapat disimpulkan', en: 'Inconclusive' },
    color: '#5f3dc4',
    from: 120,
    lowerExclusive: true,
  },
];

/** The category of an achievement: the last band whose lower bound the value reaches. */
export function categoryOf(pct: number | null, bands: CategoryBand[] = DEFAULT_CATEGORY_BANDS): CategoryBand | null {
  if (pct === null) return null;
  let found: CategoryBand | null = null;
  for (const band of bands) {
    if (band.from === null) found = band;
    else if (band.lowerExclusive ? pct > band.from : pct >= band.from) found = band;
  }
  return found;
}

/** Weighted mean of the achievements that exist (equal weights by default, as in 2021). */
export function overallAchievement(items: { achievementPct: number | null; weight?: number }[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const item of items) {
    if (item.achievementPct === null) continue;
    const w = item.weight ?? 1;
    if (!(w >= 0)) throw new RangeError('weight must be ≥ 0');
    sum += item.achievementPct * w;
    weights += w;
  }
  return weights > 0 ? sum / weights : null;
}

export function budgetAchievementPct(ceiling: number | null, realized: number | null): number | null {
  if (ceiling === null || realized === null || ceiling <= 0) return null;
  return (realized / ceiling) * 100;
}

/**
 * BPOM's efficiency method: IE = performance achievement / budget achievement; efficient when
 * IE ≥ SE (the standard, 1 by default); efficiency level TE = IE − 1.
 */
export function efficiency(performancePct: number | null, budgetPct: number | null, standard = 1) {
  if (performancePct === null || budgetPct === null || budgetPct === 0) return null;
  const index = performancePct / budgetPct;
  return { index, level: index - 1, efficient: index >= standard };
}

/**
 * A straight-line projection of the year-end value from the quarters so far: for a cumulative
 * count, the latest value scaled to four quarters; for a rate or index, the trend of the
 * quarterly values extended to the fourth quarter (least squares), or the last value alone.
 */
export function projectYearEnd(points: { quarter: number; value: number }[], cumulative: boolean): number | null {
  if (points.length === 0) return null;
  const sorted = [...points].sort((a, b) => a.quarter - b.quarter);
  const last = sorted[sorted.length - 1]!;
  if (last.quarter === 4) return last.value;
  if (cumulative) return (last.value / last.quarter) * 4;
  if (sorted.length === 1) return last.value;
  const n = sorted.length;
  const mx = sorted.reduce((s, p) => s + p.quarter, 0) / n;
  const my = sorted.reduce((s, p) => s + p.value, 0) / n;
  const sxx = sorted.reduce((s, p) => s + (p.quarter - mx) ** 2, 0);
  const sxy = sorted.reduce((s, p) => s + (p.quarter - mx) * (p.value - my), 0);
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return my + slope * (4 - mx);
}

/**
 * The target advisor: from the last years' realizations, a suggested next target. Higher-is-better
 * indicators get the mean of the last realizations plus their mean yearly growth, never below the
 * last target; lower-is-better the mirror. The reason is returned for the screen.
 */
export function suggestTarget(
  history: { year: number; target: number | null; realization: number | null }[],
  direction: Direction,
): { suggested: number | null; reason: 'no_history' | 'trend' | 'target_too_low' | 'keep' } {
  const done = history.filter((h) => h.realization !== null).sort((a, b) => a.year - b.year);
  if (done.length === 0 || direction === 'band') return { suggested: null, reason: 'no_history' };
  const values = done.map((h) => h.realization as number);
  const last = done[done.length - 1]!;
  const growth = values.length > 1 ? (values[values.length - 1]! - values[0]!) / (values.length - 1) : 0;
  const trend = values[values.length - 1]! + growth;
  if (direction === 'higher') {
    const floor = last.target ?? Number.NEGATIVE_INFINITY;
    const suggested = Math.max(trend, floor);
    // A target met by a wide margin (achievement > 105%) was too low (2021 says so of IKK10).
    const tooLow = last.target !== null && last.target !== 0 && (last.realization as number) / last.target > 1.05;
    return { suggested, reason: tooLow ? 'target_too_low' : suggested === floor ? 'keep' : 'trend' };
  }
  const ceiling = last.target ?? Number.POSITIVE_INFINITY;
  const suggested = Math.min(trend, ceiling);
  return { suggested, reason: suggested === ceiling ? 'keep' : 'trend' };
}
