import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { ZPeriod } from '../../../../shared/performance';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { AppError } from '../../../platform/errors';
import { jsonResponse, STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { getIndicator } from '../commands/plan';
import { type MeasureRegistry, periodOf } from '../measures';
import { performancePolicy } from '../policy';

export const listIndicatorRecordsRoute = createRoute({
  method: 'get',
  path: '/performance/indicators/{id}/records',
  tags: ['Kinerja'],
  summary: "Drill-down: the records a computed indicator's measure counted in the period",
  request: {
    params: ZIdParam,
    query: z.object({
      period: ZPeriod.default(0),
      limit: z.coerce.number().int().min(1).max(500).default(100),
      offset: z.coerce.number().int().min(0).default(0),
    }),
  },
  responses: {
    200: jsonResponse(
      z.object({
        measure: z.string(),
        columns: z.array(
          z.object({
            key: z.string(),
            label: z.object({ id: z.string(), en: z.string() }),
            labels: z.record(z.string(), z.object({ id: z.string(), en: z.string() })).optional(),
          }),
        ),
        rows: z.array(z.record(z.string(), z.unknown())),
        total: z.number(),
      }),
    ),
    ...STANDARD_ERRORS,
  },
});

export const listIndicatorRecords =
  (measures: MeasureRegistry): RouteHandler<typeof listIndicatorRecordsRoute, AppEnv> =>
  async (c) => {
    authorize(c.get('actor'), performancePolicy, 'performance.read');
    const { id } = c.req.valid('param');
    const { period, limit, offset } = c.req.valid('query');
    const db = c.get('db');
    const indicator = await getIndicator(db, id);
    const measure = indicator.measureKey ? measures.get(indicator.measureKey) : undefined;
    // A manual indicator has no records behind it: its evidence is on the indicator page.
    if (!measure) throw new AppError('NOT_FOUND');
    const records = await measure.records(
      db,
      periodOf(indicator.year, period),
      (indicator.measureParams as Record<string, unknown>) ?? {},
      { limit, offset },
    );
    return c.json({ measure: measure.key, ...records }, 200);
  };
