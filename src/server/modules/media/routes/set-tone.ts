import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { ZSetToneRequest } from '../../../../shared/media';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonBody, jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { setTone } from '../commands/news';
import { mediaPolicy } from '../policy';
import { TAG } from './common';

export const setToneRoute = createRoute({
  method: 'post',
  path: '/media/news/tone',
  tags: [TAG],
  summary: 'Set the tone of up to 500 items at once, or accept their suggestions (`accept: true`)',
  request: { body: jsonBody(ZSetToneRequest) },
  responses: { 200: jsonResponse(z.object({ updated: z.number().int() })), ...STANDARD_ERRORS },
});

export const setToneHandler: RouteHandler<typeof setToneRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, mediaPolicy, 'media.news.edit');
  const result = await c.get('db').transaction((tx) => setTone({ tx, actor, meta: c.get('meta') }, c.req.valid('json')));
  return c.json(result, 200);
};
