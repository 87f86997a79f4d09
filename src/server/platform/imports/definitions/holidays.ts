import { inArray } from 'drizzle-orm';
import { interpolate } from '../../../../shared/i18n/errors';
import { createHolidayCommand, holidays, orgPolicy } from '../../../modules/org';
import { cell } from '../cells';
import { importMessage } from '../messages';
import { defineImport, type ImportIssue } from '../types';

interface HolidayRow {
  date: string;
  name: string;
  kind: 'national' | 'cuti_bersama';
}

const ALREADY_IN_CALENDAR = {
  id: 'Tanggal ini sudah ada di kalender ({{name}}).',
  en: 'This date is already in the calendar ({{name}}).',
};

/**
 * National holidays and cuti bersama from a file (the government's joint decree each year).
 * Each row goes through the org module's own command, so each gets its audit entry.
 */
export const holidaysImport = defineImport<HolidayRow>({
  kind: 'holidays',
  title: { id: 'Hari libur', en: 'Holidays' },
  can: (actor) => orgPolicy['org.calendar.update'](actor),
  columns: [
    {
      key: 'date',
      header: { id: 'tanggal', en: 'date' },
      required: true,
      schema: cell.date(),
      hint: { id: 'Contoh: 2021-08-17 atau 17/08/2021.', en: 'E.g. 2021-08-17 or 17/08/2021.' },
    },
    {
      key: 'name',
      header: { id: 'nama', en: 'name' },
      required: true,
      schema: cell.text({ min: 2, max: 200 }),
      hint: { id: 'Contoh: Hari Kemerdekaan Republik Indonesia.', en: 'E.g. Independence Day.' },
    },
    {
      key: 'kind',
      header: { id: 'jenis', en: 'kind' },
      required: true,
      schema: cell.choice({ nasional: 'national', cuti_bersama: 'cuti_bersama', national: 'national', 'cuti bersama': 'cuti_bersama' }),
      hint: { id: 'nasional atau cuti_bersama.', en: 'nasional (national holiday) or cuti_bersama (collective leave).' },
    },
  ],
  async check(ctx, rows) {
    const issues: ImportIssue[] = [];
    const firstRowOf = new Map<string, number>();
    for (const { row, data } of rows) {
      const first = firstRowOf.get(data.date);
      if (first !== undefined) issues.push({ row, column: 'date', message: importMessage('sameAsRow', { row: first }) });
      else firstRowOf.set(data.date, row);
    }
    const dates = [...firstRowOf.keys()];
    const existing = dates.length
      ? await ctx.tx.select({ date: holidays.date, name: holidays.name }).from(holidays).where(inArray(holidays.date, dates))
      : [];
    const nameOn = new Map(existing.map((h) => [h.date, h.name]));
    for (const { row, data } of rows) {
      const name = nameOn.get(data.date);
      if (name !== undefined && firstRowOf.get(data.date) === row) {
        issues.push({
          row,
          column: 'date',
          message: { id: interpolate(ALREADY_IN_CALENDAR.id, { name }), en: interpolate(ALREADY_IN_CALENDAR.en, { name }) },
        });
      }
    }
    return issues;
  },
  async commit(ctx, rows) {
    for (const { data } of rows) await createHolidayCommand(ctx, data);
  },
});
