import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { type TNewsList, ZNewsFilters, ZNewsList } from '../../../../shared/media';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';

import { EXPORT_CONTENT, EXPORT_MAX_ROWS, respondWithExport, ZExportQuery } from '../../../platform/exports/list-export';
import { jsonResponse, preparedJson, STANDARD_ERRORS } from '../../../platform/openapi';
import { newsColumns } from '../list-exports';
import { mediaPolicy } from '../policy';
import { listNews, newsPageBody, newsPageItems } from '../queries/news-list';
import { TAG, ZPage } from './common';

export const listNewsRoute = createRoute({
  method: 'get',
  path: '/media/news',
  tags: [TAG],
  summary: 'News items with filters (date, outlet, media type, issue, tone, text); ?format=xlsx|csv exports them',
  request: { query: ZNewsFilters.extend(ZPage.shape).extend(ZExportQuery.shape) },
  responses: {
    200: { description: 'The page, or the file', content: { ...jsonResponse(ZNewsList).content, ...EXPORT_CONTENT } },
    ...STANDARD_ERRORS,
  },
});

export const listNewsHandler: RouteHandler<typeof listNewsRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), mediaPolicy, 'media.read');
  const { limit, offset, format, ...filters } = c.req.valid('query');
  if (format) {
    const page = await listNews(c.get('db'), filters, { limit: EXPORT_MAX_ROWS + 1, offset: 0 });
    return respondWithExport(c, {
      rows: newsPageItems(page),
      format,
      fileName: { id: 'Berita', en: 'News' },
      entityType: 'media_news',
      filters,
      columns: newsColumns(c.get('lang')),
    });
  }
  const page = await listNews(c.get('db'), filters, { limit, offset });
  return preparedJson<TNewsList>(c, newsPageBody(page));
};
