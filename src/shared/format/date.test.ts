import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMonth, formatQuarter, hourIn, quarterOf, todayIn } from './date';

describe('formatDate', () => {
  it('writes calendar dates in Indonesian by default and in English on request', () => {
    expect(formatDate('2021-01-28')).toBe('28 Januari 2021');
    expect(formatDate('2021-01-28', 'en')).toBe('28 January 2021');
    expect(formatDate('2021-08-05')).toBe('5 Agustus 2021');
    expect(formatDate('2021-12-31', 'en')).toBe('31 December 2021');
  });

  it('shows a moment as its day in Jakarta, not in UTC', () => {
    // 20:00 UTC on the 27th is 03:00 on the 28th in Jakarta (UTC+7).
    expect(formatDate('2021-01-27T20:00:00Z')).toBe('28 Januari 2021');
    expect(formatDate(new Date('2021-01-27T16:59:00Z'))).toBe('27 Januari 2021');
    expect(formatDate(new Date('2021-01-27T20:00:00Z'), 'id', 'UTC')).toBe('27 Januari 2021');
  });

  it('refuses what is not a date', () => {
    expect(() => formatDate('2021-13-01')).toThrow(RangeError);
    expect(() => formatDate('kemarin')).toThrow(RangeError);
  });
});

describe('formatDateTime', () => {
  it('writes the time in Jakarta with WIB, a dot in Indonesian and a colon in English', () => {
    expect(formatDateTime('2021-01-28T07:05:00Z')).toBe('28 Januari 2021 14.05 WIB');
    expect(formatDateTime('2021-01-28T07:05:00Z', 'en')).toBe('28 January 2021 14:05 WIB');
    expect(formatDateTime('2021-01-28T17:30:00Z')).toBe('29 Januari 2021 00.30 WIB');
    expect(formatDateTime('2021-01-28T07:05:00Z', 'id', 'Asia/Makassar')).toBe('28 Januari 2021 15.05 WITA');
  });
});

describe('quarters and months', () => {
  it('names quarters with Roman numerals', () => {
    expect(formatQuarter(1)).toBe('Triwulan I');
    expect(formatQuarter(4)).toBe('Triwulan IV');
    expect(formatQuarter(3, 'en')).toBe('Quarter III');
    expect(() => formatQuarter(5)).toThrow(RangeError);
  });

  it('finds the quarter of a date', () => {
    expect(quarterOf('2021-03-31')).toBe(1);
    expect(quarterOf('2021-04-01')).toBe(2);
    expect(quarterOf('2021-12-31')).toBe(4);
    // 31 March 20:00 UTC is already 1 April in Jakarta.
    expect(quarterOf(new Date('2021-03-31T20:00:00Z'))).toBe(2);
  });

  it('names months', () => {
    expect(formatMonth(5)).toBe('Mei');
    expect(formatMonth(5, 'en')).toBe('May');
    expect(() => formatMonth(0)).toThrow(RangeError);
  });

  it('reads today and the hour in Jakarta', () => {
    const now = new Date('2021-06-30T18:30:00Z');
    expect(todayIn(undefined, now)).toBe('2021-07-01');
    expect(hourIn(undefined, now)).toBe(1);
  });
});
