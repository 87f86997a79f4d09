/**
 * Decimal arithmetic on digit strings, so that rounding follows the number as it is written
 * (1,005 → 1,01) rather than its binary approximation (1.00499999… → 1,00), and so that whole
 * rupiah beyond 2^53 (bigint columns) keep every digit.
 */

/** A non-negative decimal number split into its digits, with its sign. */
export interface DecimalParts {
  negative: boolean;
  /** Digits before the decimal point, without leading zeros ("0" for zero). */
  int: string;
  /** Digits after the decimal point (may be empty). */
  frac: string;
}

const DECIMAL_STRING = /^([+-])?(\d+)(?:\.(\d+))?$/;

/** Numbers accepted by the formatters: JS numbers, bigints (money) and plain decimal strings ("-12.5"). */
export type Numeric = number | bigint | string;

function stripLeadingZeros(digits: string): string {
  const stripped = digits.replace(/^0+/, '');
  return stripped === '' ? '0' : stripped;
}

/**
 * Splits a value into sign and digits. A JS number is read through its shortest round-trip
 * representation (`toExponential()` without argument), which is the decimal a person typed.
 * Throws a RangeError for NaN, infinities and strings that are not plain decimals.
 */
export function toDecimalParts(value: Numeric): DecimalParts {
  if (typeof value === 'bigint') {
    const negative = value < 0n;
    return { negative, int: (negative ? -value : value).toString(), frac: '' };
  }
  if (typeof value === 'string') {
    const match = DECIMAL_STRING.exec(value.trim());
    if (!match) throw new RangeError(`Not a decimal number: ${value}`);
    return { negative: match[1] === '-', int: stripLeadingZeros(match[2]!), frac: match[3] ?? '' };
  }
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  const negative = value < 0 || Object.is(value, -0);
  const [mantissa, exponentText] = Math.abs(value).toExponential().split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  // The point sits after the first mantissa digit; move it by the exponent.
  const pointAt = 1 + Number(exponentText);
  let int: string;
  let frac: string;
  if (pointAt <= 0) {
    int = '0';
    frac = '0'.repeat(-pointAt) + digits;
  } else if (pointAt >= digits.length) {
    int = digits + '0'.repeat(pointAt - digits.length);
    frac = '';
  } else {
    int = digits.slice(0, pointAt);
    frac = digits.slice(pointAt);
  }
  return { negative, int: stripLeadingZeros(int), frac: frac.replace(/0+$/, '') };
}

/** Adds one to a string of digits ("199" → "200", "99" → "100"). */
function incrementDigits(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] === '9') {
      out[i] = '0';
    } else {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
  }
  return `1${out.join('')}`;
}

/**
 * Rounds to `decimals` places, half away from zero (0,125 → 0,13; −1,005 → −1,01), and pads the
 * fraction to exactly `decimals` digits. A result of zero is never negative.
 */
export function roundParts(parts: DecimalParts, decimals: number): DecimalParts {
  if (!Number.isInteger(decimals) || decimals < 0) throw new RangeError(`Invalid number of decimals: ${decimals}`);
  const padded = parts.frac.padEnd(decimals + 1, '0');
  const kept = padded.slice(0, decimals);
  // Half away from zero on magnitudes: only the first dropped digit decides (5 or more rounds up).
  const roundUp = Number(padded[decimals]) >= 5;
  let int = parts.int;
  let frac = kept;
  if (roundUp) {
    const bumped = incrementDigits(int + frac);
    int = bumped.slice(0, bumped.length - decimals) || '0';
    frac = decimals > 0 ? bumped.slice(bumped.length - decimals) : '';
  }
  int = stripLeadingZeros(int);
  const isZero = int === '0' && /^0*$/.test(frac);
  return { negative: parts.negative && !isZero, int, frac };
}

/**
 * Rounds half away from zero to `decimals` places and returns a JS number
 * (`roundHalfAwayFromZero(1.005, 2)` is 1.01, where `Math.round(1.005 * 100) / 100` gives 1).
 */
export function roundHalfAwayFromZero(value: number, decimals = 0): number {
  const r = roundParts(toDecimalParts(value), decimals);
  return Number(`${r.negative ? '-' : ''}${r.int}${r.frac ? `.${r.frac}` : ''}`);
}

/** Groups the integer digits by thousands with `separator` ("1125468" → "1.125.468"). */
export function groupThousands(int: string, separator: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}
