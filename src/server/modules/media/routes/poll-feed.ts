import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { ZFeedPollResult } from '../../../../shared/media';
import { recordAudit } from '../../../platform/audit/record';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { AppError } from '../../../platform/errors';
import { jsonResponse, STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { pollFeed } from '../feeds/poll';
import { mediaPolicy } from '../policy';
import { mediaFeeds } from '../schema';
import { TAG } from './common';

export const pollFeedRoute = createRoute({
  method: 'post',
  path: '/media/feeds/{id}/poll',
  tags: [TAG],
  summary: 'Poll a feed now (to try a new one); a failure is reported and logged like a scheduled poll',
  request: { params: ZIdParam },
  responses: {
    200: jsonResponse(ZFeedPollResult),
    ...STANDARD_ERRORS,
  },
});

export const pollFeedHandler: RouteHandler<typeof pollFeedRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, mediaPolicy, 'media.feeds.manage');
  const db = c.get('db');
  const [feed] = await db
    .select()
    .from(mediaFeeds)
    .where(eq(mediaFeeds.id, c.req.valid('param').id));
  if (!feed) throw new AppError('NOT_FOUND');
  const result = await pollFeed(db, feed, { logger: c.get('services').logger });
  await recordAudit(db, {
    actor,
    meta: c.get('meta'),
    action: 'update',
    entityType: 'media_feed',
    entityId: feed.id,
    after: { polled: result },
  });
  return c.json(result, 200);
};
