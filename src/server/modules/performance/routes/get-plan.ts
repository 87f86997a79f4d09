import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { asc, eq, inArray } from 'drizzle-orm';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import type { MeasureRegistry } from '../measures';
import { performancePolicy } from '../policy';
import { perfGoals, perfIndicatorBudgets, perfIndicators, perfTargets } from '../schema';
import { ZYearParam } from './get-dashboard';

export const getPlanRoute = createRoute({
  method: 'get',
  path: '/performance/years/{year}/plan',
  tags: ['Kinerja'],
  summary: "The plan editor's data: goals, indicators, targets, budgets, and the measures to bind",
  request: { params: ZYearParam },
  responses: {
    200: jsonResponse(
      z.object({
        year: z.number(),
        goals: z.array(z.looseObject({ id: z.string(), code: z.string() })),
        indicators: z.array(z.looseObject({ id: z.string(), code: z.string() })),
        measures: z.array(z.object({ key: z.string(), label: z.object({ id: z.string(), en: z.string() }), unit: z.string() })),
      }),
    ),
    ...STANDARD_ERRORS,
  },
});

export const getPlan =
  (measures: MeasureRegistry): RouteHandler<typeof getPlanRoute, AppEnv> =>
  async (c) => {
    authorize(c.get('actor'), performancePolicy, 'performance.read');
    const { year } = c.req.valid('param');
    const db = c.get('db');
    const goals = await db.select().from(perfGoals).where(eq(perfGoals.year, year)).orderBy(asc(perfGoals.sortOrder));
    const indicators = await db.select().from(perfIndicators).where(eq(perfIndicators.year, year)).orderBy(asc(perfIndicators.sortOrder));
    const ids = indicators.map((i) => i.id);
    const targets = ids.length ? await db.select().from(perfTargets).where(inArray(perfTargets.indicatorId, ids)) : [];
    const budgets = ids.length ? await db.select().from(perfIndicatorBudgets).where(inArray(perfIndicatorBudgets.indicatorId, ids)) : [];
    return c.json(
      {
        year,
        goals: goals.map((g) => ({ id: g.id, code: g.code, statement: g.statement, statementEn: g.statementEn, sortOrder: g.sortOrder })),
        indicators: indicators.map((i) => ({
          ...i,
          createdAt: i.createdAt.toISOString(),
          updatedAt: i.updatedAt.toISOString(),
          targets: Object.fromEntries(targets.filter((t) => t.indicatorId === i.id).map((t) => [t.period, t.value])),
          budget: budgets.find((b) => b.indicatorId === i.id) ?? null,
        })),
        measures: [...measures.values()].map((m) => ({ key: m.key, label: m.label, unit: m.unit })),
      },
      200,
    );
  };
