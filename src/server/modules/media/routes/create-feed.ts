import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { ZFeed, ZFeedRequest } from '../../../../shared/media';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonBody, jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { createFeed } from '../commands/feeds';
import { mediaPolicy } from '../policy';
import { presentFeed } from '../presenters-contacts';
import { TAG } from './common';

export const createFeedRoute = createRoute({
  method: 'post',
  path: '/media/feeds',
  tags: [TAG],
  summary: 'Add an RSS/Atom feed to poll, with its keywords (the default ones when empty)',
  request: { body: jsonBody(ZFeedRequest) },
  responses: { 201: jsonResponse(ZFeed, 'Created'), ...STANDARD_ERRORS },
});

export const createFeedHandler: RouteHandler<typeof createFeedRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, mediaPolicy, 'media.feeds.manage');
  const input = c.req.valid('json');
  const row = await c.get('db').transaction((tx) => createFeed({ tx, actor, meta: c.get('meta') }, input));
  return c.json(presentFeed({ ...row, outletName: input.outletName ?? null }), 201);
};
