import { useSearchParams } from 'react-router';
import { todayIn } from '../../../../shared/format';

export const PERIODS = [0, 1, 2, 3, 4] as const;
export type PeriodKey = `p${(typeof PERIODS)[number]}`;

/** The calendar year today in Jakarta (the fiscal year is the calendar year). */
export function currentYear(): number {
  return Number(todayIn().slice(0, 4));
}

function parseYear(text: string | null): number | null {
  const n = Number(text);
  return Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : null;
}

/**
 * The year and period in the address (`?tahun=2021&periode=2`), so a view can be bookmarked and
 * shared. `year` is null until chosen; the screen then picks the latest planned year.
 */
export function useYearPeriod() {
  const [params, setParams] = useSearchParams();
  const year = parseYear(params.get('tahun'));
  const rawPeriod = Number(params.get('periode') ?? 0);
  const period = PERIODS.includes(rawPeriod as 0) ? rawPeriod : 0;
  const set = (next: { year?: number; period?: number }, replace = false) => {
    const out = new URLSearchParams(params);
    if (next.year !== undefined) out.set('tahun', String(next.year));
    if (next.period !== undefined) {
      if (next.period === 0) out.delete('periode');
      else out.set('periode', String(next.period));
    }
    setParams(out, { replace });
  };
  return { year, period, set };
}

/** The year to open when none is chosen: this year if it has a plan, else the latest planned one. */
export function defaultYear(years: readonly number[]): number {
  const now = currentYear();
  if (years.length === 0 || years.includes(now)) return now;
  const past = years.filter((y) => y <= now);
  return past.length ? Math.max(...past) : Math.min(...years);
}

/**
 * The years a selector offers, newest first: the planned ones, the shown one and this year; with
 * `planning`, also the year after the last plan and next year, so that a planner can open and fill them.
 */
export function yearOptions(years: readonly number[], shown: number | null, planning = false): number[] {
  const set = new Set(years);
  if (shown !== null) set.add(shown);
  set.add(currentYear());
  if (planning) {
    set.add(currentYear() + 1);
    if (years.length) set.add(Math.max(...years) + 1);
  }
  return [...set].sort((a, b) => b - a);
}
