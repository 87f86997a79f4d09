import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { ZPeriod, ZSaveRealizationRequest } from '../../../../shared/performance';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonBody, jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { getIndicator } from '../commands/plan';
import { saveManualRealization } from '../commands/realizations';
import { performancePolicy } from '../policy';

export const ZRealizationParams = z.object({
  id: z
    .string()
    .uuid()
    .openapi({ param: { name: 'id', in: 'path' } }),
  period: ZPeriod.openapi({ param: { name: 'period', in: 'path' }, description: '0 = the year, 1–4 = quarter (year to date)' }),
});

export const ZRealizationRow = z.looseObject({ id: z.string(), period: z.number(), status: z.string() }).openapi('Realization');

export const saveRealizationRoute = createRoute({
  method: 'put',
  path: '/performance/indicators/{id}/realizations/{period}',
  tags: ['Kinerja'],
  summary: 'Enter or correct a manual realization (value, note, evidence)',
  request: { params: ZRealizationParams, body: jsonBody(ZSaveRealizationRequest) },
  responses: { 200: jsonResponse(ZRealizationRow), ...STANDARD_ERRORS },
});

export const saveRealization: RouteHandler<typeof saveRealizationRoute, AppEnv> = async (c) => {
  const { id, period } = c.req.valid('param');
  const db = c.get('db');
  const actor = c.get('actor');
  // Who may edit any realization at all is checked before the indicator is looked up, so that an
  // anonymous caller cannot learn which ids exist.
  authorize(actor, performancePolicy, 'performance.realization.edit');
  const indicator = await getIndicator(db, id);
  authorize(actor, performancePolicy, 'performance.realization.edit', indicator);
  const row = await db.transaction((tx) => saveManualRealization({ tx, actor, meta: c.get('meta') }, id, period, c.req.valid('json')));
  return c.json(row, 200);
};
