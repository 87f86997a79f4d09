import { describe, expect, it } from 'vitest';
import { dateTimeCell } from './cells';

const read = (text: string) => {
  const result = dateTimeCell().safeParse(text);
  return result.success ? result.data : `error: ${result.error.issues[0]!.message}`;
};
const two = (n: number) => String(n).padStart(2, '0');

describe('news import cells', () => {
  it('reads a publication moment as Jakarta time', () => {
    expect(read('2021-01-28 08:15')).toBe('2021-01-28T01:15:00.000Z');
    expect(read('2021-01-28 08:15:30')).toBe('2021-01-28T01:15:30.000Z');
    expect(read('28/01/2021 08.15')).toBe('2021-01-28T01:15:00.000Z');
    expect(read('2021-01-28T08:15:00+07:00')).toBe('2021-01-28T01:15:00.000Z');
    expect(read('2021-01-28')).toBe('2021-01-27T17:00:00.000Z');
    expect(read('2021-02-29 08:15')).toMatch(/^error/);
    expect(read('2021-01-28 24:00')).toMatch(/^error/);
  });

  it('reads the template form (a space before the time) exactly as the general path reads a T', () => {
    for (const year of [1899, 1900, 2021, 2024, 2200, 2201]) {
      for (let month = 0; month <= 13; month++) {
        for (const day of [0, 1, 28, 29, 30, 31, 32]) {
          for (const time of ['00:00', '08:15', '23:59:59', '24:00', '12:60', '12:00:60']) {
            const date = `${year}-${two(month)}-${two(day)}`;
            expect(read(`${date} ${time}`), `${date} ${time}`).toBe(read(`${date}T${time}`));
          }
        }
      }
    }
  });
});
