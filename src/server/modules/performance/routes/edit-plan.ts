import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import {
  ZCreateGoalRequest,
  ZCreateIndicatorRequest,
  ZSetBudgetRequest,
  ZSetTargetsRequest,
  ZUpdateIndicatorRequest,
} from '../../../../shared/performance';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { AppError } from '../../../platform/errors';
import { jsonBody, jsonResponse, STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { copyPlanYear, createGoal, createIndicator, setIndicatorBudget, setTargets, updateIndicator } from '../commands/plan';
import type { MeasureRegistry } from '../measures';
import { performancePolicy } from '../policy';
import { perfGoals, perfPlans } from '../schema';
import { ZYearParam } from './get-dashboard';

// The plan editor's writes. They are small and share one policy action, so they live together.
const ZRow = z.looseObject({ id: z.string() });
const tags = ['Kinerja'];

export const createGoalRoute = createRoute({
  method: 'post',
  path: '/performance/years/{year}/goals',
  tags,
  summary: 'Add an activity goal (SK) to a year',
  request: { params: ZYearParam, body: jsonBody(ZCreateGoalRequest) },
  responses: { 201: jsonResponse(ZRow, 'Created'), ...STANDARD_ERRORS },
});
export const createGoalHandler: RouteHandler<typeof createGoalRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, performancePolicy, 'performance.plan.edit');
  const { year } = c.req.valid('param');
  const db = c.get('db');
  const row = await db.transaction(async (tx) => {
    // A year belongs to the plan whose period covers it.
    const plans = await tx.select().from(perfPlans);
    const plan = plans.find((p) => p.startYear <= year && year <= p.endYear);
    if (!plan)
      throw new AppError('VALIDATION', {
        fields: [{ path: 'year', message: 'Tidak ada Renstra untuk tahun ini. / No strategic plan covers this year.' }],
      });
    return createGoal({ tx, actor, meta: c.get('meta') }, { ...c.req.valid('json'), planId: plan.id, year });
  });
  return c.json(row, 201);
};

export const createIndicatorRoute = createRoute({
  method: 'post',
  path: '/performance/indicators',
  tags,
  summary: 'Add an indicator (IKK) under a goal',
  request: { body: jsonBody(ZCreateIndicatorRequest) },
  responses: { 201: jsonResponse(ZRow, 'Created'), ...STANDARD_ERRORS },
});
export const createIndicatorHandler =
  (measures: MeasureRegistry): RouteHandler<typeof createIndicatorRoute, AppEnv> =>
  async (c) => {
    const actor = c.get('actor');
    authorize(actor, performancePolicy, 'performance.plan.edit');
    const row = await c.get('db').transaction((tx) => createIndicator({ tx, actor, meta: c.get('meta') }, measures, c.req.valid('json')));
    return c.json({ ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() }, 201);
  };

export const updateIndicatorRoute = createRoute({
  method: 'patch',
  path: '/performance/indicators/{id}',
  tags,
  summary: "Change an indicator's definition",
  request: { params: ZIdParam, body: jsonBody(ZUpdateIndicatorRequest) },
  responses: { 200: jsonResponse(ZRow), ...STANDARD_ERRORS },
});
export const updateIndicatorHandler =
  (measures: MeasureRegistry): RouteHandler<typeof updateIndicatorRoute, AppEnv> =>
  async (c) => {
    const actor = c.get('actor');
    authorize(actor, performancePolicy, 'performance.plan.edit');
    const input = c.req.valid('json');
    if (input.goalId) {
      const [goal] = await c.get('db').select().from(perfGoals).where(eq(perfGoals.id, input.goalId));
      if (!goal) throw new AppError('VALIDATION', { fields: [{ path: 'goalId', message: 'SK tidak ditemukan. / Unknown goal.' }] });
    }
    const row = await c
      .get('db')
      .transaction((tx) => updateIndicator({ tx, actor, meta: c.get('meta') }, measures, c.req.valid('param').id, input));
    return c.json({ ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() }, 200);
  };

export const setTargetsRoute = createRoute({
  method: 'put',
  path: '/performance/indicators/{id}/targets',
  tags,
  summary: "Set an indicator's annual and quarterly targets",
  request: { params: ZIdParam, body: jsonBody(ZSetTargetsRequest) },
  responses: { 200: jsonResponse(z.object({ items: z.array(z.object({ period: z.number(), value: z.number() })) })), ...STANDARD_ERRORS },
});
export const setTargetsHandler: RouteHandler<typeof setTargetsRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, performancePolicy, 'performance.plan.edit');
  const rows = await c
    .get('db')
    .transaction((tx) => setTargets({ tx, actor, meta: c.get('meta') }, c.req.valid('param').id, c.req.valid('json')));
  return c.json({ items: rows.map((r) => ({ period: r.period, value: r.value })) }, 200);
};

export const setBudgetRoute = createRoute({
  method: 'put',
  path: '/performance/indicators/{id}/budget',
  tags,
  summary: "Set an indicator's budget ceiling and realization (whole rupiah), until the budget module feeds them",
  request: { params: ZIdParam, body: jsonBody(ZSetBudgetRequest) },
  responses: { 200: jsonResponse(ZRow.extend({ indicatorId: z.string() }).omit({ id: true })), ...STANDARD_ERRORS },
});
export const setBudgetHandler: RouteHandler<typeof setBudgetRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, performancePolicy, 'performance.budget.edit');
  const row = await c
    .get('db')
    .transaction((tx) => setIndicatorBudget({ tx, actor, meta: c.get('meta') }, c.req.valid('param').id, c.req.valid('json')));
  return c.json({ ...row, updatedAt: row.updatedAt.toISOString() }, 200);
};

export const copyPlanRoute = createRoute({
  method: 'post',
  path: '/performance/years/{year}/copy-from-previous',
  tags,
  summary: "Copy last year's goals, indicators and targets into this (empty) year",
  request: { params: ZYearParam },
  responses: { 201: jsonResponse(z.object({ goals: z.number(), indicators: z.number() }), 'Copied'), ...STANDARD_ERRORS },
});
export const copyPlanHandler =
  (measures: MeasureRegistry): RouteHandler<typeof copyPlanRoute, AppEnv> =>
  async (c) => {
    const actor = c.get('actor');
    authorize(actor, performancePolicy, 'performance.plan.edit');
    const { year } = c.req.valid('param');
    const result = await c.get('db').transaction((tx) => copyPlanYear({ tx, actor, meta: c.get('meta') }, measures, year - 1, year));
    return c.json(result, 201);
  };
