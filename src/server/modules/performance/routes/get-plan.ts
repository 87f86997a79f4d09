import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { asc, eq, inArray } from 'drizzle-orm';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import type { Db } from '../../../db/types';
import type { MeasureRegistry } from '../measures';
import { performancePolicy } from '../policy';
import { perfGoals, perfIndicatorBudgets, perfIndicators, perfTargets } from '../schema';
import { ZYearParam } from './get-dashboard';

const ZLabel = z.object({ id: z.string(), en: z.string() });

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
        measures: z.array(
          z.object({
            key: z.string(),
            label: ZLabel,
            unit: z.string(),
            params: z.array(
              z.object({
                key: z.string(),
                label: ZLabel,
                perYear: z.boolean(),
                options: z.array(z.object({ value: z.string(), label: z.string() })),
              }),
            ),
          }),
        ),
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
        measures: await measureChoices(db, measures, year),
      },
      200,
    );
  };

/** The measures an indicator can be bound to, each parameter with its choices for the plan's year. */
async function measureChoices(db: Db, measures: MeasureRegistry, year: number) {
  const out = [];
  for (const m of measures.values()) {
    const params = [];
    for (const p of m.params ?? []) {
      params.push({ key: p.key, label: p.label, perYear: p.perYear === true, options: await p.options(db, year) });
    }
    out.push({ key: m.key, label: m.label, unit: m.unit, params });
  }
  return out;
}
