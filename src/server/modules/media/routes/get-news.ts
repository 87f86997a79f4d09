import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { asc, eq } from 'drizzle-orm';
import { ZNewsItem } from '../../../../shared/media';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { AppError } from '../../../platform/errors';
import { jsonResponse, STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { mediaPolicy } from '../policy';
import { presentNews } from '../presenters';
import { NEWS_COLUMNS } from '../queries/news-list';
import { mediaNews, mediaOutlets } from '../schema';
import { TAG } from './common';

export const getNewsRoute = createRoute({
  method: 'get',
  path: '/media/news/{id}',
  tags: [TAG],
  summary: 'A news item with the other items of its duplicate group',
  request: { params: ZIdParam },
  responses: { 200: jsonResponse(ZNewsItem.extend({ group: z.array(ZNewsItem) })), ...STANDARD_ERRORS },
});

export const getNewsHandler: RouteHandler<typeof getNewsRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), mediaPolicy, 'media.read');
  const db = c.get('db');
  const select = { news: NEWS_COLUMNS, outletName: mediaOutlets.name };
  const [row] = await db
    .select(select)
    .from(mediaNews)
    .innerJoin(mediaOutlets, eq(mediaOutlets.id, mediaNews.outletId))
    .where(eq(mediaNews.id, c.req.valid('param').id));
  if (!row) throw new AppError('NOT_FOUND');
  const group = await db
    .select(select)
    .from(mediaNews)
    .innerJoin(mediaOutlets, eq(mediaOutlets.id, mediaNews.outletId))
    .where(eq(mediaNews.duplicateGroupId, row.news.duplicateGroupId))
    .orderBy(asc(mediaNews.publishedAt));
  const others = group.filter((g) => g.news.id !== row.news.id).map((g) => presentNews({ ...g.news, outletName: g.outletName }));
  return c.json({ ...presentNews({ ...row.news, outletName: row.outletName, duplicates: group.length - 1 }), group: others }, 200);
};
