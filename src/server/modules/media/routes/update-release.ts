import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { ZRelease, ZReleaseRequest } from '../../../../shared/media';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonBody, jsonResponse, STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { updateRelease } from '../commands/releases';
import { mediaPolicy } from '../policy';
import { presentRelease } from '../presenters';
import { TAG } from './common';

export const updateReleaseRoute = createRoute({
  method: 'put',
  path: '/media/releases/{id}',
  tags: [TAG],
  summary: 'Correct a press release or clarification',
  request: { params: ZIdParam, body: jsonBody(ZReleaseRequest) },
  responses: { 200: jsonResponse(ZRelease), ...STANDARD_ERRORS },
});

export const updateReleaseHandler: RouteHandler<typeof updateReleaseRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, mediaPolicy, 'media.release.edit');
  const { id } = c.req.valid('param');
  const row = await c.get('db').transaction((tx) => updateRelease({ tx, actor, meta: c.get('meta') }, id, c.req.valid('json')));
  return c.json(presentRelease(row), 200);
};
