import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { desc, eq } from 'drizzle-orm';
import { type TFeedFailure, ZFeedPoll } from '../../../../shared/media';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonResponse, STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { mediaPolicy } from '../policy';
import { mediaFeedPolls } from '../schema';
import { TAG } from './common';

export const listFeedPollsRoute = createRoute({
  method: 'get',
  path: '/media/feeds/{id}/polls',
  tags: [TAG],
  summary: "A feed's poll log, newest first (what it found, or why it failed)",
  request: { params: ZIdParam },
  responses: { 200: jsonResponse(z.object({ items: z.array(ZFeedPoll) })), ...STANDARD_ERRORS },
});

export const listFeedPollsHandler: RouteHandler<typeof listFeedPollsRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), mediaPolicy, 'media.read');
  const rows = await c
    .get('db')
    .select()
    .from(mediaFeedPolls)
    .where(eq(mediaFeedPolls.feedId, c.req.valid('param').id))
    .orderBy(desc(mediaFeedPolls.at))
    .limit(100);
  return c.json(
    {
      items: rows.map((r) => ({
        ...r,
        at: r.at.toISOString(),
        status: r.status as 'ok' | 'error',
        errorKind: r.errorKind as TFeedFailure | null,
      })),
    },
    200,
  );
};
