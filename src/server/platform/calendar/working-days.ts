/**
 * Working days: Monday to Friday, less national holidays and cuti bersama. Every standard time
 * (SOP waktu baku) in Simpul is counted with this one service. Dates are calendar dates in
 * Asia/Jakarta, written `YYYY-MM-DD`.
 */
export const TIME_ZONE = 'Asia/Jakarta';

const jakartaDate = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date of a moment, in Jakarta. */
export function toJakartaDate(moment: Date): string {
  return jakartaDate.format(moment);
}

function parse(date: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`not a date: ${date}`);
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date) throw new RangeError(`not a date: ${date}`);
  return d;
}

function format(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  const d = parse(date);
  d.setUTCDate(d.getUTCDate() + days);
  return format(d);
}

export class WorkingCalendar {
  private readonly holidays: ReadonlySet<string>;

  constructor(holidayDates: Iterable<string>) {
    this.holidays = new Set(holidayDates);
  }

  isWorkingDay(date: string): boolean {
    const weekday = parse(date).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !this.holidays.has(date);
  }

  /**
   * The date `n` working days after `date` (n ≥ 0). Day 0 is `date` itself if it is a working
   * day, else the next working day: a request that arrives on a Saturday starts on Monday.
   */
  addWorkingDays(date: string, n: number): string {
    if (!Number.isInteger(n) || n < 0) throw new RangeError('n must be a whole number ≥ 0');
    let current = date;
    while (!this.isWorkingDay(current)) current = addDays(current, 1);
    let left = n;
    while (left > 0) {
      current = addDays(current, 1);
      if (this.isWorkingDay(current)) left--;
    }
    return current;
  }

  /**
   * Working days elapsed from `from` to `to`: the working days after `from` up to and including
   * `to`. A request answered on the day it came is 0 days; the next working day is 1.
   */
  workingDaysBetween(from: string, to: string): number {
    if (to < from) return -this.workingDaysBetween(to, from);
    let count = 0;
    for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (this.isWorkingDay(d)) count++;
    return count;
  }

  /** The same, for two moments, each taken as its date in Jakarta. */
  workingDaysBetweenMoments(from: Date, to: Date): number {
    return this.workingDaysBetween(toJakartaDate(from), toJakartaDate(to));
  }
}
