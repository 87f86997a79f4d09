import type { Db, DbOrTx } from '../../db/types';

/** A reporting period: the year (period 0) or a quarter, year to date (from 1 January). */
export interface Period {
  year: number;
  period: 0 | 1 | 2 | 3 | 4;
  /** First day, `YYYY-MM-DD`, inclusive. */
  from: string;
  /** Last day, `YYYY-MM-DD`, inclusive. */
  to: string;
}

const QUARTER_END = ['12-31', '03-31', '06-30', '09-30', '12-31'] as const;

export function periodOf(year: number, period: number): Period {
  if (!Number.isInteger(period) || period < 0 || period > 4) throw new RangeError('period must be 0–4');
  return { year, period: period as Period['period'], from: `${year}-01-01`, to: `${year}-${QUARTER_END[period]}` };
}

export interface MeasureResult {
  value: number | null;
  numerator?: number | null;
  denominator?: number | null;
}

export interface MeasureRecords {
  /** `labels` names a column's coded values (`declined` → "Tidak dipenuhi") in both languages. */
  columns: { key: string; label: { id: string; en: string }; labels?: Record<string, { id: string; en: string }> }[];
  rows: Record<string, string | number | boolean | null>[];
  total: number;
}

/**
 * A named, documented computation a module registers with the performance module
 * (spec 10, "Measures"). `records` lists exactly the records `compute` counted: the drill-down.
 */
/**
 * A choice a measure needs from the indicator bound to it, such as which survey IKK3 reads. The
 * plan editor offers `options` for the plan's year and refuses any other value.
 */
export interface MeasureParam {
  key: string;
  label: { id: string; en: string };
  options(db: DbOrTx, year: number): Promise<{ value: string; label: string }[]>;
  /** Names a record of one year (a year's survey): copying a plan to the next year clears it. */
  perYear?: boolean;
}

export interface Measure {
  key: string;
  label: { id: string; en: string };
  description: { id: string; en: string };
  unit: string;
  params?: MeasureParam[];
  compute(db: Db, period: Period, params: Record<string, unknown>): Promise<MeasureResult>;
  records(db: Db, period: Period, params: Record<string, unknown>, page: { limit: number; offset: number }): Promise<MeasureRecords>;
}

export type MeasureRegistry = ReadonlyMap<string, Measure>;

export function buildMeasureRegistry(measures: Measure[]): MeasureRegistry {
  const map = new Map<string, Measure>();
  for (const measure of measures) {
    if (map.has(measure.key)) throw new Error(`measure registered twice: ${measure.key}`);
    map.set(measure.key, measure);
  }
  return map;
}
