import { z } from '@hono/zod-openapi';

export const ZDirection = z.enum(['higher', 'lower', 'band']);
export const ZPeriod = z.coerce.number().int().min(0).max(4);

const ZCategory = z.object({ key: z.string(), label: z.object({ id: z.string(), en: z.string() }), color: z.string() }).nullable();

export const ZIndicatorEvaluation = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    nameEn: z.string().nullable(),
    goalCode: z.string(),
    unit: z.string(),
    decimals: z.number(),
    direction: ZDirection,
    weight: z.number(),
    responsibleUnitId: z.string().nullable(),
    source: z.enum(['computed', 'manual']),
    measure: z.string().nullable(),
    sourceNote: z.string().nullable(),
    target: z.number().nullable(),
    realization: z.number().nullable(),
    numerator: z.number().nullable(),
    denominator: z.number().nullable(),
    achievementPct: z.number().nullable(),
    category: ZCategory,
    status: z.enum(['none', 'draft', 'submitted', 'approved', 'returned']),
    recomputed: z.number().nullable(),
    drift: z.boolean(),
    computedAt: z.string().nullable(),
    evidenceCount: z.number(),
    budgetCeiling: z.number().nullable(),
    budgetRealized: z.number().nullable(),
    budgetAchievementPct: z.number().nullable(),
    efficiencyIndex: z.number().nullable(),
    efficiencyLevel: z.number().nullable(),
    efficient: z.boolean().nullable(),
  })
  .openapi('IndicatorEvaluation');
export type TIndicatorEvaluation = z.infer<typeof ZIndicatorEvaluation>;

export const ZYearEvaluation = z
  .object({
    year: z.number(),
    period: z.number(),
    plan: z
      .object({ id: z.string(), code: z.string(), name: z.string(), efficiencyStandard: z.number(), achievementCap: z.number().nullable() })
      .nullable(),
    overall: z.object({ achievementPct: z.number().nullable(), category: ZCategory }),
    efficiency: z.object({ standard: z.number(), efficient: z.number(), assessed: z.number() }),
    indicators: z.array(ZIndicatorEvaluation),
  })
  .openapi('YearEvaluation');
export type TYearEvaluation = z.infer<typeof ZYearEvaluation>;

export const ZAlert = z
  .object({
    kind: z.enum(['below_target', 'not_submitted', 'drift', 'no_realization']),
    indicatorId: z.string(),
    code: z.string(),
  })
  .openapi('PerformanceAlert');

export const ZDashboard = ZYearEvaluation.extend({
  /** Every year that has a plan (goals), ascending, so that a screen can offer only those. */
  years: z.array(z.number()),
  alerts: z.array(ZAlert),
  trend: z.array(
    z.object({ indicatorId: z.string(), points: z.array(z.object({ period: z.number(), realization: z.number().nullable() })) }),
  ),
}).openapi('PerformanceDashboard');
export type TDashboard = z.infer<typeof ZDashboard>;

/** A manual realization: the value, a note, and the evidence (links and/or uploaded files). */
export const ZSaveRealizationRequest = z
  .strictObject({
    value: z.number().finite(),
    note: z.string().trim().min(3).max(4000),
    evidenceLinks: z.array(z.string().url().max(2000)).max(20).default([]),
    evidenceFileIds: z.array(z.string().uuid()).max(20).default([]),
  })
  .openapi('SaveRealizationRequest');
export type TSaveRealizationRequest = z.infer<typeof ZSaveRealizationRequest>;

export const ZTransitionRequest = z.strictObject({ comment: z.string().trim().max(2000).optional() }).openapi('RealizationTransition');

export const ZCreateGoalRequest = z
  .strictObject({
    code: z.string().trim().min(1).max(20),
    statement: z.string().trim().min(3).max(1000),
    statementEn: z.string().trim().max(1000).nullable().optional(),
    sortOrder: z.number().int().min(0).max(1000).default(0),
  })
  .openapi('CreateGoalRequest');

const indicatorFields = {
  goalId: z.string().uuid(),
  code: z.string().trim().min(1).max(20),
  name: z.string().trim().min(3).max(500),
  nameEn: z.string().trim().max(500).nullable().optional(),
  definition: z.string().trim().max(4000).default(''),
  unit: z.string().trim().min(1).max(40),
  decimals: z.number().int().min(0).max(4).default(2),
  direction: ZDirection,
  bandLow: z.number().finite().nullable().optional(),
  bandHigh: z.number().finite().nullable().optional(),
  source: z.enum(['measure', 'manual']),
  measureKey: z.string().max(100).nullable().optional(),
  /** The measure's parameters by key (e.g. `{ "surveyCode": "IKM-MEDIA-2021" }`), from its options. */
  measureParams: z.record(z.string().max(40), z.string().trim().min(1).max(200)).nullable().optional(),
  sourceNote: z.string().max(1000).nullable().optional(),
  quarterlyRule: z.enum(['same', 'cumulative']).default('same'),
  responsibleUnitId: z.string().uuid().nullable().optional(),
  weight: z.number().finite().min(0).max(10).default(1),
  evidenceRequired: z.boolean().default(true),
  sortOrder: z.number().int().min(0).max(1000).default(0),
};
export const ZCreateIndicatorRequest = z.strictObject(indicatorFields).openapi('CreateIndicatorRequest');
export type TCreateIndicatorRequest = z.infer<typeof ZCreateIndicatorRequest>;
export const ZUpdateIndicatorRequest = z.strictObject(indicatorFields).partial().openapi('UpdateIndicatorRequest');
export type TUpdateIndicatorRequest = z.infer<typeof ZUpdateIndicatorRequest>;

/** Targets of one indicator: the year and, optionally, each quarter. */
export const ZSetTargetsRequest = z
  .strictObject({
    year: z.number().finite(),
    quarters: z.array(z.number().finite().nullable()).length(4).optional(),
  })
  .openapi('SetTargetsRequest');
export type TSetTargetsRequest = z.infer<typeof ZSetTargetsRequest>;

export const ZSetBudgetRequest = z
  .strictObject({
    ceiling: z.number().int().min(0).max(1e15),
    realized: z.number().int().min(0).max(1e15),
    note: z.string().max(1000).nullable().optional(),
  })
  .openapi('SetIndicatorBudgetRequest');
export type TSetBudgetRequest = z.infer<typeof ZSetBudgetRequest>;
