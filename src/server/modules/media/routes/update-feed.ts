import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { ZFeed, ZFeedRequest } from '../../../../shared/media';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonBody, jsonResponse, STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { updateFeed } from '../commands/feeds';
import { mediaPolicy } from '../policy';
import { presentFeed } from '../presenters-contacts';
import { TAG } from './common';

export const updateFeedRoute = createRoute({
  method: 'patch',
  path: '/media/feeds/{id}',
  tags: [TAG],
  summary: 'Change a feed (switched back on, it is polled at the next run)',
  request: { params: ZIdParam, body: jsonBody(ZFeedRequest.partial().strict()) },
  responses: { 200: jsonResponse(ZFeed), ...STANDARD_ERRORS },
});

export const updateFeedHandler: RouteHandler<typeof updateFeedRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, mediaPolicy, 'media.feeds.manage');
  const { id } = c.req.valid('param');
  const row = await c.get('db').transaction((tx) => updateFeed({ tx, actor, meta: c.get('meta') }, id, c.req.valid('json')));
  return c.json(presentFeed(row), 200);
};
