import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { asc, eq } from 'drizzle-orm';
import { ZFeed } from '../../../../shared/media';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { mediaPolicy } from '../policy';
import { presentFeed } from '../presenters-contacts';
import { mediaFeeds, mediaOutlets } from '../schema';
import { TAG } from './common';

export const listFeedsRoute = createRoute({
  method: 'get',
  path: '/media/feeds',
  tags: [TAG],
  summary: 'RSS/Atom feeds polled for news, with their last result',
  responses: { 200: jsonResponse(z.object({ items: z.array(ZFeed) })), ...STANDARD_ERRORS },
});

export const listFeedsHandler: RouteHandler<typeof listFeedsRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), mediaPolicy, 'media.read');
  const rows = await c
    .get('db')
    .select({ feed: mediaFeeds, outletName: mediaOutlets.name })
    .from(mediaFeeds)
    .leftJoin(mediaOutlets, eq(mediaOutlets.id, mediaFeeds.outletId))
    .orderBy(asc(mediaFeeds.name));
  return c.json({ items: rows.map((r) => presentFeed({ ...r.feed, outletName: r.outletName })) }, 200);
};
