import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import type { JSONValue } from 'hono/utils/types';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonResponse, preparedJson, STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import type { MeasureRegistry } from '../measures';
import { performancePolicy } from '../policy';
import { indicatorPageBody } from '../queries/indicator-page';

const ZIndicatorPage = z
  .looseObject({ indicator: z.looseObject({}), periods: z.array(z.looseObject({})), history: z.array(z.looseObject({})) })
  .openapi('IndicatorPage');

/** The route's declared body, as Hono's typed responses write JSON. */
type TIndicatorPageJson = { [key: string]: JSONValue } & Record<'indicator', { [key: string]: JSONValue }> &
  Record<'periods' | 'history', { [key: string]: JSONValue }[]>;

export const getIndicatorRoute = createRoute({
  method: 'get',
  path: '/performance/indicators/{id}',
  tags: ['Kinerja'],
  summary: 'Indicator page: definition, periods, evidence, history, other years, projection, target advice',
  request: { params: ZIdParam },
  responses: {
    200: jsonResponse(ZIndicatorPage),
    ...STANDARD_ERRORS,
  },
});

export const getIndicator =
  (measures: MeasureRegistry): RouteHandler<typeof getIndicatorRoute, AppEnv> =>
  async (c) => {
    authorize(c.get('actor'), performancePolicy, 'performance.read');
    // The body is the page (IndicatorPage, which the web reads), written as one text (indicator-page.ts).
    return preparedJson<TIndicatorPageJson>(c, await indicatorPageBody(c.get('db'), measures, c.req.valid('param').id));
  };
