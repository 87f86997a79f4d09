import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** The organisation as a tree: agency → secretariat → bureau → groups; other units and regional offices. */
export const units = pgTable(
  'units',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    kind: text('kind').notNull(),
    parentId: text('parent_id'),
    /** May propose agreements and request services (spec README: "Unit pengusul"). */
    proposing: boolean('proposing').notNull().default(false),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('units_code_uq').on(t.code), index('units_parent_idx').on(t.parentId)],
);

/** Fiscal years: the calendar year, with quarters Triwulan I–IV. */
export const fiscalYears = pgTable('fiscal_years', {
  year: integer('year').primaryKey(),
  startDate: date('start_date').notNull(),
  endDate: date('end_date').notNull(),
  closed: boolean('closed').notNull().default(false),
});

/** National holidays and cuti bersama, per year, editable: the base of every working-day count. */
export const holidays = pgTable(
  'holidays',
  {
    id: text('id').primaryKey(),
    date: date('date').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(), // 'national' | 'cuti_bersama'
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('holidays_date_uq').on(t.date)],
);
