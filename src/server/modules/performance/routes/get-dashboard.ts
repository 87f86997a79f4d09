import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { ZDashboard, ZPeriod } from '../../../../shared/performance';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import type { MeasureRegistry } from '../measures';
import { performancePolicy } from '../policy';
import { buildDashboard } from '../queries/dashboard';

export const ZYearParam = z.object({
  year: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .openapi({ param: { name: 'year', in: 'path' } }),
});

export const getDashboardRoute = createRoute({
  method: 'get',
  path: '/performance/years/{year}/dashboard',
  tags: ['Kinerja'],
  summary: 'Dashboard: every indicator of a year for the year (period 0) or a quarter, with alerts',
  request: { params: ZYearParam, query: z.object({ period: ZPeriod.default(0) }) },
  responses: { 200: jsonResponse(ZDashboard), ...STANDARD_ERRORS },
});

export const getDashboard =
  (measures: MeasureRegistry): RouteHandler<typeof getDashboardRoute, AppEnv> =>
  async (c) => {
    authorize(c.get('actor'), performancePolicy, 'performance.read');
    const { year } = c.req.valid('param');
    const { period } = c.req.valid('query');
    return c.json(await buildDashboard(c.get('db'), measures, year, period), 200);
  };
