import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { type TNewsQueue, ZNewsFilters, ZNewsQueue } from '../../../../shared/media';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonResponse, preparedJson, STANDARD_ERRORS } from '../../../platform/openapi';
import { mediaPolicy } from '../policy';
import { listNews, newsPageBody } from '../queries/news-list';
import { TAG, ZPage } from './common';

export const listQueueRoute = createRoute({
  method: 'get',
  path: '/media/news/queue',
  tags: [TAG],
  summary: 'The labelling queue: items without a confirmed tone (one per duplicate group), with their suggested tone',
  request: { query: ZNewsFilters.omit({ tone: true, duplicates: true }).extend(ZPage.shape) },
  responses: { 200: jsonResponse(ZNewsQueue), ...STANDARD_ERRORS },
});

export const listQueueHandler: RouteHandler<typeof listQueueRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), mediaPolicy, 'media.news.edit');
  const { limit, offset, ...filters } = c.req.valid('query');
  // Untoned items are few and mostly recent: the list's own index order serves them.
  const page = await listNews(c.get('db'), { ...filters, tone: 'none' }, { limit, offset, withSummary: true });
  return preparedJson<TNewsQueue>(c, newsPageBody(page));
};
