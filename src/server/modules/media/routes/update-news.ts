import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { ZUpdateNewsRequest } from '../../../../shared/media';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonBody, jsonResponse, STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { updateNewsItem } from '../commands/news';
import { mediaPolicy } from '../policy';
import { TAG } from './common';

export const updateNewsRoute = createRoute({
  method: 'patch',
  path: '/media/news/{id}',
  tags: [TAG],
  summary: "Correct a news item's fields (its tone is set through the labelling actions)",
  request: { params: ZIdParam, body: jsonBody(ZUpdateNewsRequest) },
  responses: { 200: jsonResponse(z.object({ id: z.string() })), ...STANDARD_ERRORS },
});

export const updateNewsHandler: RouteHandler<typeof updateNewsRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, mediaPolicy, 'media.news.edit');
  const { id } = c.req.valid('param');
  const row = await c.get('db').transaction((tx) => updateNewsItem({ tx, actor, meta: c.get('meta') }, id, c.req.valid('json')));
  return c.json({ id: row.id }, 200);
};
