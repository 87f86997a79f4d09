import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { ZCreateNewsRequest } from '../../../../shared/media';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonBody, jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { createNewsItem } from '../commands/news';
import { mediaPolicy } from '../policy';
import { loadSuggester } from '../tone/suggester';
import { TAG } from './common';

export const createNewsRoute = createRoute({
  method: 'post',
  path: '/media/news',
  tags: [TAG],
  summary: 'Record a news item by hand (grouped with an earlier copy of the same story, if any)',
  request: { body: jsonBody(ZCreateNewsRequest) },
  responses: {
    201: jsonResponse(
      z.object({
        id: z.string(),
        duplicateOf: z.string().nullable(),
        duplicateReason: z.enum(['url', 'syndicated']).nullable(),
      }),
      'Created',
    ),
    ...STANDARD_ERRORS,
  },
});

export const createNewsHandler: RouteHandler<typeof createNewsRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, mediaPolicy, 'media.news.edit');
  const db = c.get('db');
  const suggester = await loadSuggester(db);
  const result = await db.transaction((tx) => createNewsItem({ tx, actor, meta: c.get('meta') }, c.req.valid('json'), suggester));
  return c.json(
    { id: result.id, duplicateOf: result.duplicate?.canonicalId ?? null, duplicateReason: result.duplicate?.reason ?? null },
    201,
  );
};
