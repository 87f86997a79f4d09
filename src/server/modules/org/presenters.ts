import type { TFiscalYear, THoliday, TUnit, TUser } from '../../../shared/org';
import type { TUnitKind } from '../../../shared/roles';
import type { TRole } from '../../../shared/roles';
import type { user } from '../../platform/auth/schema';
import type { fiscalYears, holidays, units } from './schema';
import type { WorkingCalendar } from '../../platform/calendar/working-days';

export function presentUnit(row: typeof units.$inferSelect): TUnit {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    nameEn: row.nameEn,
    kind: row.kind as TUnitKind,
    parentId: row.parentId,
    proposing: row.proposing,
    active: row.active,
  };
}

export function presentUser(row: typeof user.$inferSelect): TUser {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role as TRole,
    unitId: row.unitId,
    locale: row.locale === 'en' ? 'en' : 'id',
    active: row.active,
    twoFactorEnabled: row.twoFactorEnabled,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentHoliday(row: typeof holidays.$inferSelect): THoliday {
  return { id: row.id, date: row.date, name: row.name, kind: row.kind === 'cuti_bersama' ? 'cuti_bersama' : 'national' };
}

const QUARTER_BOUNDS = [
  ['01-01', '03-31'],
  ['04-01', '06-30'],
  ['07-01', '09-30'],
  ['10-01', '12-31'],
] as const;

export function presentFiscalYear(row: typeof fiscalYears.$inferSelect, calendar: WorkingCalendar): TFiscalYear {
  return {
    year: row.year,
    startDate: row.startDate,
    endDate: row.endDate,
    closed: row.closed,
    quarters: QUARTER_BOUNDS.map(([start, end], i) => {
      const startDate = `${row.year}-${start}`;
      const endDate = `${row.year}-${end}`;
      // Working days inside the quarter: those after the day before it, up to its last day.
      const dayBefore = new Date(`${startDate}T00:00:00Z`);
      dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
      const workingDays = calendar.workingDaysBetween(dayBefore.toISOString().slice(0, 10), endDate);
      return { quarter: i + 1, startDate, endDate, workingDays };
    }),
  };
}
