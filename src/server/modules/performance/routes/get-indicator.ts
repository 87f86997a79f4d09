import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonResponse, STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import type { MeasureRegistry } from '../measures';
import { performancePolicy } from '../policy';
import { buildIndicatorPage } from '../queries/indicator-page';

export const getIndicatorRoute = createRoute({
  method: 'get',
  path: '/performance/indicators/{id}',
  tags: ['Kinerja'],
  summary: 'Indicator page: definition, periods, evidence, history, other years, projection, target advice',
  request: { params: ZIdParam },
  responses: {
    200: jsonResponse(
      z
        .looseObject({ indicator: z.looseObject({}), periods: z.array(z.looseObject({})), history: z.array(z.looseObject({})) })
        .openapi('IndicatorPage'),
    ),
    ...STANDARD_ERRORS,
  },
});

export const getIndicator =
  (measures: MeasureRegistry): RouteHandler<typeof getIndicatorRoute, AppEnv> =>
  async (c) => {
    authorize(c.get('actor'), performancePolicy, 'performance.read');
    return c.json(await buildIndicatorPage(c.get('db'), measures, c.req.valid('param').id), 200);
  };
