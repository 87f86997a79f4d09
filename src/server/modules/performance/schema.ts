import { bigint, boolean, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * The strategic plan (Renstra), e.g. 2020–2024. Plan-wide rules live here: the achievement cap,
 * the category bands and the efficiency standard.
 */
export const perfPlans = pgTable('perf_plans', {
  id: text('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  startYear: integer('start_year').notNull(),
  endYear: integer('end_year').notNull(),
  /** Achievement is capped at this percentage when set (none by default: 2021 reports 111,11%). */
  achievementCap: doublePrecision('achievement_cap'),
  /** Category bands (see achievement.ts); null = the BPOM secretariat's default. */
  categoryBands: jsonb('category_bands'),
  efficiencyStandard: doublePrecision('efficiency_standard').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Activity goals (Sasaran Kegiatan, SK) of one fiscal year. */
export const perfGoals = pgTable(
  'perf_goals',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => perfPlans.id),
    year: integer('year').notNull(),
    code: text('code').notNull(),
    statement: text('statement').notNull(),
    statementEn: text('statement_en'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [uniqueIndex('perf_goals_year_code_uq').on(t.year, t.code)],
);

/** Indicators (Indikator Kinerja Kegiatan, IKK), each under one goal of one year. */
export const perfIndicators = pgTable(
  'perf_indicators',
  {
    id: text('id').primaryKey(),
    goalId: text('goal_id')
      .notNull()
      .references(() => perfGoals.id),
    year: integer('year').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    definition: text('definition').notNull().default(''),
    unit: text('unit').notNull(),
    decimals: integer('decimals').notNull().default(2),
    direction: text('direction').notNull(), // higher | lower | band
    bandLow: doublePrecision('band_low'),
    bandHigh: doublePrecision('band_high'),
    /** 'measure': computed by a module's measure and never typed; 'manual': entered with evidence. */
    source: text('source').notNull(),
    measureKey: text('measure_key'),
    measureParams: jsonb('measure_params'),
    /** Quarterly targets equal the annual one ('same'), or are given per quarter ('cumulative'). */
    quarterlyRule: text('quarterly_rule').notNull().default('same'),
    responsibleUnitId: text('responsible_unit_id'),
    weight: doublePrecision('weight').notNull().default(1),
    evidenceRequired: boolean('evidence_required').notNull().default(true),
    /** Why a manual indicator is manual (e.g. the module that will compute it). */
    sourceNote: text('source_note'),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('perf_indicators_year_code_uq').on(t.year, t.code), index('perf_indicators_goal_idx').on(t.goalId)],
);

/** Targets: period 0 is the year, 1–4 the quarters. */
export const perfTargets = pgTable(
  'perf_targets',
  {
    indicatorId: text('indicator_id')
      .notNull()
      .references(() => perfIndicators.id, { onDelete: 'cascade' }),
    period: integer('period').notNull(),
    value: doublePrecision('value').notNull(),
  },
  (t) => [uniqueIndex('perf_targets_uq').on(t.indicatorId, t.period)],
);

/**
 * Realizations per period (0 = year, 1–4 = quarter, year to date). A manual one holds the typed
 * value; a computed one holds nothing until approved, when the computed value is frozen here.
 */
export const perfRealizations = pgTable(
  'perf_realizations',
  {
    id: text('id').primaryKey(),
    indicatorId: text('indicator_id')
      .notNull()
      .references(() => perfIndicators.id, { onDelete: 'cascade' }),
    period: integer('period').notNull(),
    value: doublePrecision('value'),
    numerator: doublePrecision('numerator'),
    denominator: doublePrecision('denominator'),
    /** When the frozen computed value was computed. */
    computedAt: timestamp('computed_at', { withTimezone: true }),
    note: text('note'),
    evidenceLinks: jsonb('evidence_links').$type<string[]>().notNull().default([]),
    evidenceFileIds: jsonb('evidence_file_ids').$type<string[]>().notNull().default([]),
    status: text('status').notNull().default('draft'), // draft | submitted | approved | returned
    statusComment: text('status_comment'),
    submittedBy: text('submitted_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    approvedBy: text('approved_by'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('perf_realizations_uq').on(t.indicatorId, t.period)],
);

/**
 * Budget per indicator (ceiling and realization in whole rupiah), entered until the budget module
 * links indicators to the components that finance them.
 */
export const perfIndicatorBudgets = pgTable('perf_indicator_budgets', {
  indicatorId: text('indicator_id')
    .primaryKey()
    .references(() => perfIndicators.id, { onDelete: 'cascade' }),
  ceiling: bigint('ceiling', { mode: 'number' }).notNull(),
  realized: bigint('realized', { mode: 'number' }).notNull(),
  note: text('note'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
