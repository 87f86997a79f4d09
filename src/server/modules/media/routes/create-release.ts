import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { ZRelease, ZReleaseRequest } from '../../../../shared/media';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonBody, jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { createRelease } from '../commands/releases';
import { mediaPolicy } from '../policy';
import { presentRelease } from '../presenters';
import { TAG } from './common';

export const createReleaseRoute = createRoute({
  method: 'post',
  path: '/media/releases',
  tags: [TAG],
  summary: 'Record a press release or a clarification',
  request: { body: jsonBody(ZReleaseRequest) },
  responses: { 201: jsonResponse(ZRelease, 'Created'), ...STANDARD_ERRORS },
});

export const createReleaseHandler: RouteHandler<typeof createReleaseRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, mediaPolicy, 'media.release.edit');
  const row = await c.get('db').transaction((tx) => createRelease({ tx, actor, meta: c.get('meta') }, c.req.valid('json')));
  return c.json(presentRelease(row), 201);
};
