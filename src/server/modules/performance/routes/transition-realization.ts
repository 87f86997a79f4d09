import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { ZTransitionRequest } from '../../../../shared/performance';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonBody, jsonResponse, requireActor, STANDARD_ERRORS } from '../../../platform/openapi';
import { getIndicator } from '../commands/plan';
import { approveRealization, returnRealization, submitRealization } from '../commands/realizations';
import type { MeasureRegistry } from '../measures';
import { performancePolicy } from '../policy';
import { ZRealizationParams, ZRealizationRow } from './save-realization';

const ZTransitionParams = ZRealizationParams.extend({
  action: z.enum(['submit', 'approve', 'return']).openapi({ param: { name: 'action', in: 'path' } }),
});

export const transitionRealizationRoute = createRoute({
  method: 'post',
  path: '/performance/indicators/{id}/realizations/{period}/{action}',
  tags: ['Kinerja'],
  summary: 'Submit (group), approve or return (head) a period’s realization; approval freezes the value',
  request: { params: ZTransitionParams, body: jsonBody(ZTransitionRequest) },
  responses: { 200: jsonResponse(ZRealizationRow), ...STANDARD_ERRORS },
});

export const transitionRealization =
  (measures: MeasureRegistry): RouteHandler<typeof transitionRealizationRoute, AppEnv> =>
  async (c) => {
    const { id, period, action } = c.req.valid('param');
    const { comment } = c.req.valid('json');
    const db = c.get('db');
    const actor = c.get('actor');
    // Signed in before anything is looked up: an anonymous caller cannot learn which ids exist.
    requireActor(c);
    const indicator = await getIndicator(db, id);
    const meta = c.get('meta');
    if (action === 'submit') {
      authorize(actor, performancePolicy, 'performance.realization.submit', indicator);
      return c.json(await db.transaction((tx) => submitRealization({ tx, actor, meta }, id, period, comment)), 200);
    }
    authorize(actor, performancePolicy, 'performance.realization.approve', indicator);
    if (action === 'approve') {
      return c.json(await db.transaction((tx) => approveRealization({ tx, actor, meta, db }, measures, id, period, comment)), 200);
    }
    return c.json(await db.transaction((tx) => returnRealization({ tx, actor, meta }, id, period, comment ?? '')), 200);
  };
