import { describe, expect, it } from 'vitest';
import { cell, parseDate } from './cells';
import { detectDelimiter } from './parse';

describe('import cells', () => {
  it('reads dates as Indonesians and spreadsheets write them', () => {
    expect(parseDate('2021-01-28')).toBe('2021-01-28');
    expect(parseDate('28/01/2021')).toBe('2021-01-28');
    expect(parseDate('8-1-2021')).toBe('2021-01-08');
    expect(parseDate('28 Januari 2021')).toBe('2021-01-28');
    expect(parseDate('17 Agt 2021')).toBe('2021-08-17');
    expect(parseDate('1 December 2021')).toBe('2021-12-01');
    expect(parseDate(44224)).toBe('2021-01-28'); // an Excel date serial
    expect(parseDate('2021-01-28 08:15')).toBe('2021-01-28'); // a spreadsheet date-time cell
    expect(parseDate('2021-01-28 08:15:30')).toBe('2021-01-28');
    expect(parseDate('2021-01-28 8:15 pagi')).toBeNull();
    expect(parseDate('2021-02-29')).toBeNull();
    expect(parseDate('31/04/2021')).toBeNull();
    expect(parseDate('01/28/2021')).toBeNull(); // month first is not our order
    expect(parseDate('kemarin')).toBeNull();
  });

  it('reads Indonesian numbers and refuses ambiguous ones', () => {
    const int = cell.integer();
    expect(int.parse('1.250')).toBe(1250);
    expect(int.parse(1250)).toBe(1250);
    expect(int.safeParse('1,5').success).toBe(false);
    expect(int.safeParse('12.34').success).toBe(false);
    expect(cell.number().parse('1.250,75')).toBe(1250.75);
    expect(cell.number().parse(-3.5)).toBe(-3.5);
    expect(cell.integer({ min: 0 }).safeParse('-1').success).toBe(false);
  });

  it('maps choices without regard to case and names the accepted values', () => {
    const kind = cell.choice({ nasional: 'national', national: 'national', cuti_bersama: 'cuti_bersama' });
    expect(kind.parse('Nasional')).toBe('national');
    const failed = kind.safeParse('libur');
    expect(failed.success).toBe(false);
    expect(failed.error?.issues[0]).toMatchObject({ code: 'custom', params: { i18n: 'choice', values: 'nasional, cuti_bersama' } });
  });

  it('detects the delimiter from the header line, ignoring quoted ones', () => {
    expect(detectDelimiter('tanggal;nama;jenis\n1,2,3,4,5')).toBe(';');
    expect(detectDelimiter('"a;b;c",d,e\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('tanggal')).toBe(',');
  });
});
