import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { ZCoverage, ZCoverageUpdate } from '../../../../shared/media';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonBody, jsonResponse, STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { updateCoverage } from '../commands/coverage';
import { mediaPolicy } from '../policy';
import { presentCoverage } from '../presenters';
import { TAG } from './common';

export const updateCoverageRoute = createRoute({
  method: 'patch',
  path: '/media/coverage/{id}',
  tags: [TAG],
  summary: 'Record whether an activity was covered and the actual news it produced',
  request: { params: ZIdParam, body: jsonBody(ZCoverageUpdate) },
  responses: { 200: jsonResponse(ZCoverage), ...STANDARD_ERRORS },
});

export const updateCoverageHandler: RouteHandler<typeof updateCoverageRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, mediaPolicy, 'media.coverage.edit');
  const { id } = c.req.valid('param');
  const row = await c.get('db').transaction((tx) => updateCoverage({ tx, actor, meta: c.get('meta') }, id, c.req.valid('json')));
  return c.json(presentCoverage(row), 200);
};
