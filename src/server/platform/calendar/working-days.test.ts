import { describe, expect, it } from 'vitest';
import { toJakartaDate, WorkingCalendar } from './working-days';

// 2021: Thursday 13 and Friday 14 May were Idul Fitri / Kenaikan; 17 Aug a Tuesday.
const calendar = new WorkingCalendar(['2021-05-13', '2021-05-14', '2021-08-17']);

describe('WorkingCalendar', () => {
  it('knows weekends and holidays', () => {
    expect(calendar.isWorkingDay('2021-05-12')).toBe(true);
    expect(calendar.isWorkingDay('2021-05-13')).toBe(false);
    expect(calendar.isWorkingDay('2021-05-15')).toBe(false); // Saturday
    expect(calendar.isWorkingDay('2021-05-17')).toBe(true); // Monday
  });

  it('adds working days over a long weekend', () => {
    expect(calendar.addWorkingDays('2021-05-12', 1)).toBe('2021-05-17');
    expect(calendar.addWorkingDays('2021-05-12', 0)).toBe('2021-05-12');
    expect(calendar.addWorkingDays('2021-05-15', 0)).toBe('2021-05-17'); // a Saturday starts on Monday
    expect(calendar.addWorkingDays('2021-08-16', 1)).toBe('2021-08-18');
    expect(() => calendar.addWorkingDays('2021-08-16', -1)).toThrow(RangeError);
  });

  it('counts working days between dates and moments', () => {
    expect(calendar.workingDaysBetween('2021-05-12', '2021-05-12')).toBe(0);
    expect(calendar.workingDaysBetween('2021-05-12', '2021-05-17')).toBe(1);
    expect(calendar.workingDaysBetween('2021-05-17', '2021-05-12')).toBe(-1);
    expect(calendar.workingDaysBetween('2021-05-10', '2021-05-21')).toBe(7);
    // 23:30 in Jakarta on the 12th is 16:30 UTC; 00:30 on the 17th in Jakarta is the 16th in UTC.
    expect(calendar.workingDaysBetweenMoments(new Date('2021-05-12T16:30:00Z'), new Date('2021-05-16T17:30:00Z'))).toBe(1);
  });

  it('takes calendar dates in Jakarta', () => {
    expect(toJakartaDate(new Date('2021-12-31T17:00:00Z'))).toBe('2022-01-01');
    expect(() => calendar.isWorkingDay('2021-02-30')).toThrow(RangeError);
  });
});
