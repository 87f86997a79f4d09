import { and, eq, gte, lte } from 'drizzle-orm';
import type { TCreateHolidayRequest } from '../../../../shared/org';
import type { DbOrTx } from '../../../db/types';
import { recordAudit } from '../../../platform/audit/record';
import { WorkingCalendar } from '../../../platform/calendar/working-days';
import type { CommandContext } from '../../../platform/command';
import { AppError } from '../../../platform/errors';
import { fiscalYears, holidays } from '../schema';

export async function createHoliday(ctx: CommandContext, input: TCreateHolidayRequest) {
  const [clash] = await ctx.tx.select({ id: holidays.id }).from(holidays).where(eq(holidays.date, input.date));
  if (clash) throw new AppError('DUPLICATE', { params: { field: 'Tanggal / date' }, fields: [{ path: 'date', message: input.date }] });
  const [row] = await ctx.tx
    .insert(holidays)
    .values({ id: crypto.randomUUID(), ...input })
    .returning();
  await recordAudit(ctx.tx, { actor: ctx.actor, meta: ctx.meta, action: 'create', entityType: 'holiday', entityId: row!.id, after: row });
  return row!;
}

export async function deleteHoliday(ctx: CommandContext, id: string) {
  const [before] = await ctx.tx.delete(holidays).where(eq(holidays.id, id)).returning();
  if (!before) throw new AppError('NOT_FOUND');
  await recordAudit(ctx.tx, { actor: ctx.actor, meta: ctx.meta, action: 'delete', entityType: 'holiday', entityId: id, before });
}

/** Creates the fiscal year (the calendar year) if it does not exist yet. */
export async function ensureFiscalYear(ctx: CommandContext, year: number) {
  const [existing] = await ctx.tx.select().from(fiscalYears).where(eq(fiscalYears.year, year));
  if (existing) return existing;
  const [row] = await ctx.tx
    .insert(fiscalYears)
    .values({ year, startDate: `${year}-01-01`, endDate: `${year}-12-31` })
    .returning();
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    meta: ctx.meta,
    action: 'create',
    entityType: 'fiscal_year',
    entityId: String(year),
    after: row,
  });
  return row!;
}

/** The working calendar with the holidays between two dates (inclusive). */
export async function loadWorkingCalendar(db: DbOrTx, from: string, to: string): Promise<WorkingCalendar> {
  const rows = await db
    .select({ date: holidays.date })
    .from(holidays)
    .where(and(gte(holidays.date, from), lte(holidays.date, to)));
  return new WorkingCalendar(rows.map((r) => r.date));
}
