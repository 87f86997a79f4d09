import { describe, expect, it } from 'vitest';
import { roundHalfAwayFromZero } from './decimal';
import { formatDecimal, formatMoney, formatNumber, formatPercent } from './number';

describe('roundHalfAwayFromZero', () => {
  it('rounds halves away from zero as the number is written, not as it is stored in binary', () => {
    expect(roundHalfAwayFromZero(0.125, 2)).toBe(0.13);
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01); // 1.005 is 1.00499999… in binary
    expect(roundHalfAwayFromZero(-1.005, 2)).toBe(-1.01);
    expect(roundHalfAwayFromZero(2.5)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5)).toBe(-3);
    expect(roundHalfAwayFromZero(0.5)).toBe(1);
  });

  it('rounds below a half toward zero', () => {
    expect(roundHalfAwayFromZero(1.0049, 2)).toBe(1);
    expect(roundHalfAwayFromZero(-0.124, 2)).toBe(-0.12);
    expect(roundHalfAwayFromZero(99.8249, 2)).toBe(99.82);
  });

  it('carries through nines', () => {
    expect(roundHalfAwayFromZero(9.995, 2)).toBe(10);
    expect(roundHalfAwayFromZero(-99.999, 1)).toBe(-100);
  });

  it('handles tiny and large magnitudes written in exponent form', () => {
    expect(roundHalfAwayFromZero(5e-7, 6)).toBe(0.000001);
    expect(roundHalfAwayFromZero(4e-7, 6)).toBe(0);
    expect(roundHalfAwayFromZero(1.5e21)).toBe(1.5e21);
  });

  it('refuses what is not a number', () => {
    expect(() => roundHalfAwayFromZero(Number.NaN, 2)).toThrow(RangeError);
    expect(() => roundHalfAwayFromZero(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => roundHalfAwayFromZero(1, -1)).toThrow(RangeError);
  });
});

describe('formatNumber', () => {
  it('groups thousands with dots', () => {
    expect(formatNumber(1125468)).toBe('1.125.468');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(1000)).toBe('1.000');
  });

  it('writes negative numbers with a leading minus', () => {
    expect(formatNumber(-1125468)).toBe('-1.125.468');
    expect(formatNumber(-0.4)).toBe('0'); // never "-0"
  });

  it('rounds to whole numbers by default, half away from zero', () => {
    expect(formatNumber(1234.5)).toBe('1.235');
    expect(formatNumber(-1234.5)).toBe('-1.235');
  });

  it('takes bigint and digit strings without losing digits', () => {
    expect(formatNumber(12345678901234567890n)).toBe('12.345.678.901.234.567.890');
    expect(formatNumber('-9007199254740993')).toBe('-9.007.199.254.740.993');
    expect(() => formatNumber('12,5')).toThrow(RangeError);
  });
});

describe('formatDecimal', () => {
  it('uses a comma and a fixed number of places', () => {
    expect(formatDecimal(99.82)).toBe('99,82');
    expect(formatDecimal(99.8)).toBe('99,80');
    expect(formatDecimal(0.125)).toBe('0,13');
    expect(formatDecimal(-1.005)).toBe('-1,01');
    expect(formatDecimal(1234567.891, 1)).toBe('1.234.567,9');
    expect(formatDecimal(-0.001)).toBe('0,00');
  });
});

describe('formatPercent', () => {
  it('shows percent units with two places by default', () => {
    expect(formatPercent(99.97)).toBe('99,97%');
    expect(formatPercent((58 / 88) * 100)).toBe('65,91%');
    expect(formatPercent(100, 0)).toBe('100%');
    expect(formatPercent(-12.345)).toBe('-12,35%');
  });
});

describe('formatMoney', () => {
  it('writes whole rupiah with the Rp prefix and no space', () => {
    expect(formatMoney(9122289000)).toBe('Rp9.122.289.000');
    expect(formatMoney(0)).toBe('Rp0');
    expect(formatMoney(-1500)).toBe('-Rp1.500');
    expect(formatMoney(1500, { symbol: false })).toBe('1.500');
  });

  it('keeps every digit of a bigint amount', () => {
    expect(formatMoney(90071992547409930n)).toBe('Rp90.071.992.547.409.930');
  });

  it('shows thousands, rounded half away from zero', () => {
    expect(formatMoney(9122289000, { thousands: true })).toBe('Rp9.122.289');
    expect(formatMoney(1500, { thousands: true })).toBe('Rp2');
    expect(formatMoney(1499, { thousands: true })).toBe('Rp1');
    expect(formatMoney(-1500, { thousands: true })).toBe('-Rp2');
    expect(formatMoney(499, { thousands: true, symbol: false })).toBe('0');
    expect(formatMoney(123456789012345678901n, { thousands: true })).toBe('Rp123.456.789.012.345.679');
  });
});

describe('English notation', () => {
  it('swaps the separators for the English edition', () => {
    expect(formatNumber(1125468, 0, 'en')).toBe('1,125,468');
    expect(formatPercent(100.06238, 2, 'en')).toBe('100.06%');
    expect(formatDecimal(-1.005, 2, 'en')).toBe('-1.01');
    expect(formatMoney(9122289000, { lang: 'en' })).toBe('Rp9,122,289,000');
    expect(formatMoney(9122289000, { lang: 'en', thousands: true })).toBe('Rp9,122,289');
    expect(formatPercent(100.06238)).toBe('100,06%');
  });
});
