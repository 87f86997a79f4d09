import { groupThousands, type Numeric, roundParts, toDecimalParts } from './decimal';

/*
 * Numbers as Indonesians write them: a dot groups thousands, a comma separates decimals.
 * The interface shows numbers this way in both languages, so that a figure on screen, in an
 * export and in a report reads the same (spec README, "Conventions of the domain").
 */

const THOUSANDS = '.';
const DECIMAL = ',';
const MINUS = '-';

function render(value: Numeric, decimals: number): string {
  const r = roundParts(toDecimalParts(value), decimals);
  const int = groupThousands(r.int, THOUSANDS);
  return `${r.negative ? MINUS : ''}${int}${decimals > 0 ? DECIMAL + r.frac : ''}`;
}

/**
 * A number with thousands grouped, rounded half away from zero to `decimals` places
 * (none by default): `formatNumber(1125468)` → `1.125.468`.
 */
export function formatNumber(value: Numeric, decimals = 0): string {
  return render(value, decimals);
}

/** A number with exactly `decimals` places (2 by default): `formatDecimal(99.8249)` → `99,82`. */
export function formatDecimal(value: Numeric, decimals = 2): string {
  return render(value, decimals);
}

/**
 * A percentage given in percent units (not a ratio), with `decimals` places (2 by default, the
 * indicators' default): `formatPercent(99.97)` → `99,97%`; 58 of 88 → `formatPercent(58 / 88 * 100)` → `65,91%`.
 */
export function formatPercent(value: Numeric, decimals = 2): string {
  return `${render(value, decimals)}%`;
}

export interface MoneyOptions {
  /** Show thousands of rupiah, rounded half away from zero, for tables marked *dalam ribuan*. */
  thousands?: boolean;
  /** Prefix `Rp` (default true); tables whose header names the currency leave it out. */
  symbol?: boolean;
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
  const { thousands = false, symbol = true } = options;
  const text = render(thousands ? toThousands(value) : value, 0);
  if (!symbol) return text;
  return text.startsWith(MINUS) ? `${MINUS}Rp${text.slice(1)}` : `Rp${text}`;
}
