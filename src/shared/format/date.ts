/*
 * Dates as written in Indonesian (`28 Januari 2021`) or English (`28 January 2021`), moments in
 * the bureau's time zone (Asia/Jakarta by default), quarters as *Triwulan I–IV*.
 * Month names are ours rather than Intl's so that the output is the same in every runtime.
 */

export type FormatLang = 'id' | 'en';

export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

const MONTHS: Record<FormatLang, readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** Indonesia's three time zones have their own abbreviations in both languages. */
const ZONE_LABELS: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock parts of a moment in `timeZone`. */
function zonedParts(moment: Date, timeZone: string): Parts {
  let formatter = partFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    partFormatters.set(timeZone, formatter);
  }
  const out: Record<string, number> = {};
  for (const part of formatter.formatToParts(moment)) {
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  return { year: out.year!, month: out.month!, day: out.day!, hour: out.hour!, minute: out.minute! };
}

function toMoment(value: Date | string): Date {
  const moment = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(moment.getTime())) throw new RangeError(`Not a date: ${String(value)}`);
  return moment;
}

/**
 * A calendar date: `formatDate('2021-01-28')` → `28 Januari 2021`, `formatDate('2021-01-28', 'en')`
 * → `28 January 2021`. A `YYYY-MM-DD` string is a calendar date and is shown as it is; a Date or
 * a timestamp is a moment and is shown as its day in `timeZone`.
 */
export function formatDate(value: Date | string, lang: FormatLang = 'id', timeZone = DEFAULT_TIME_ZONE): string {
  const calendar = typeof value === 'string' ? CALENDAR_DATE.exec(value) : null;
  const { year, month, day } = calendar
    ? { year: Number(calendar[1]), month: Number(calendar[2]), day: Number(calendar[3]) }
    : zonedParts(toMoment(value), timeZone);
  const monthName = MONTHS[lang][month - 1];
  if (!monthName || day < 1 || day > 31) throw new RangeError(`Not a date: ${String(value)}`);
  return `${day} ${monthName} ${year}`;
}

/**
 * A moment with its time in `timeZone`: `28 Januari 2021 14.05 WIB` (Indonesian writes the time
 * with a dot) or `28 January 2021 14:05 WIB`.
 */
export function formatDateTime(value: Date | string, lang: FormatLang = 'id', timeZone = DEFAULT_TIME_ZONE): string {
  const p = zonedParts(toMoment(value), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${pad(p.hour)}${lang === 'id' ? '.' : ':'}${pad(p.minute)}`;
  const zone = ZONE_LABELS[timeZone];
  return `${p.day} ${MONTHS[lang][p.month - 1]} ${p.year} ${time}${zone ? ` ${zone}` : ''}`;
}

/** A month's name: `formatMonth(1)` → `Januari`. */
export function formatMonth(month: number, lang: FormatLang = 'id'): string {
  const name = MONTHS[lang][month - 1];
  if (!name) throw new RangeError(`Not a month: ${month}`);
  return name;
}

/** A quarter of the fiscal (calendar) year: `formatQuarter(1)` → `Triwulan I`, in English `Quarter I`. */
export function formatQuarter(quarter: number, lang: FormatLang = 'id'): string {
  const roman = ROMAN[quarter - 1];
  if (!roman) throw new RangeError(`Not a quarter: ${quarter}`);
  return `${lang === 'id' ? 'Triwulan' : 'Quarter'} ${roman}`;
}

/** The quarter (1–4) a calendar date (`YYYY-MM-DD`) or a moment (in `timeZone`) falls in. */
export function quarterOf(value: Date | string, timeZone = DEFAULT_TIME_ZONE): 1 | 2 | 3 | 4 {
  const calendar = typeof value === 'string' ? CALENDAR_DATE.exec(value) : null;
  const month = calendar ? Number(calendar[2]) : zonedParts(toMoment(value), timeZone).month;
  return (Math.floor((month - 1) / 3) + 1) as 1 | 2 | 3 | 4;
}

/** Today's calendar date (`YYYY-MM-DD`) in `timeZone`. */
export function todayIn(timeZone = DEFAULT_TIME_ZONE, now: Date = new Date()): string {
  const p = zonedParts(now, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** The hour (0–23) of a moment in `timeZone`, e.g. for a greeting that fits the time of day. */
export function hourIn(timeZone = DEFAULT_TIME_ZONE, now: Date = new Date()): number {
  return zonedParts(now, timeZone).hour;
}
