import { groupThousands, type Numeric, roundParts, toDecimalParts } from './decimal';

/*
 * Numbers as Indonesians write them by default: a dot groups thousands, a comma separates
 * decimals (`1.125.468`, `99,82`). The English edition of the interface and of the reports writes
 * them the English way (`1,125,468`, `99.82`): the last argument of each function is the language.
 */

export type NumberLang = 'id' | 'en';
const SEPARATORS: Record<NumberLang, { thousands: string; decimal: string }> = {
  id: { thousands: '.', decimal: ',' },
  en: { thousands: ',', decimal: '.' },
};
const MINUS = '-';

function render(value: Numeric, decimals: number, lang: NumberLang = 'id'): string {
  const r = roundParts(toDecimalParts(value), decimals);
  const sep = SEPARATORS[lang];
  const int = groupThousands(r.int, sep.thousands);
  return `${r.negative ? MINUS : ''}${int}${decimals > 0 ? sep.decimal + r.frac : ''}`;
}

/**
 * A number with thousands grouped, rounded half away from zero to `decimals` places
 * (none by default): `formatNumber(1125468)` → `1.125.468`.
 */
export function formatNumber(value: Numeric, decimals = 0, lang: NumberLang = 'id'): string {
  return render(value, decimals, lang);
}

/** A number with exactly `decimals` places (2 by default): `formatDecimal(99.8249)` → `99,82`. */
export function formatDecimal(value: Numeric, decimals = 2, lang: NumberLang = 'id'): string {
  return render(value, decimals, lang);
}

/**
 * A percentage given in percent units (not a ratio), with `decimals` places (2 by default, the
 * indicators' default): `formatPercent(99.97)` → `99,97%`; 58 of 88 → `formatPercent(58 / 88 * 100)` → `65,91%`.
 */
export function formatPercent(value: Numeric, decimals = 2, lang: NumberLang = 'id'): string {
  return `${render(value, decimals, lang)}%`;
}

export interface MoneyOptions {
  /** Show thousands of rupiah, rounded half away from zero, for tables marked *dalam ribuan*. */
  thousands?: boolean;
  /** Prefix `Rp` (default true); tables whose header names the currency leave it out. */
  symbol?: boolean;
  /** `en` writes `Rp9,122,289,000` (default `id`: `Rp9.122.289.000`). */
  lang?: NumberLang;
}

/** Divides a whole-rupiah amount by 1.000 exactly, on digits. */
function toThousands(value: Numeric): string {
  const parts = toDecimalParts(value);
  const int = parts.int.padStart(4, '0');
  const head = int.slice(0, -3);
  const tail = int.slice(-3) + parts.frac;
  return `${parts.negative ? '-' : ''}${head}.${tail}`;
}

/**
 * Whole rupiah: `formatMoney(9122289000)` → `Rp9.122.289.000`; negative amounts `-Rp1.500`.
 * With `{ thousands: true }`: `formatMoney(9122289000, { thousands: true })` → `Rp9.122.289`.
 * Accepts bigint and digit strings, so amounts beyond 2^53 keep every digit.
 */
export function formatMoney(value: Numeric, options: MoneyOptions = {}): string {
  const { thousands = false, symbol = true, lang = 'id' } = options;
  const text = render(thousands ? toThousands(value) : value, 0, lang);
  if (!symbol) return text;
  return text.startsWith(MINUS) ? `${MINUS}Rp${text.slice(1)}` : `Rp${text}`;
}
