import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { ZInterview, ZInterviewStatus } from '../../../../shared/media';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { EXPORT_CONTENT, EXPORT_MAX_ROWS, respondWithExport, ZExportQuery } from '../../../platform/exports/list-export';
import { jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { interviewColumns } from '../list-exports';
import { mediaPolicy } from '../policy';
import { listInterviews } from '../queries/interviews';
import { TAG, ZPage } from './common';

export const listInterviewsRoute = createRoute({
  method: 'get',
  path: '/media/interviews',
  tags: [TAG],
  summary: 'Interview requests, newest first, with their response times; ?format=xlsx|csv exports them',
  request: {
    query: ZPage.extend({
      status: ZInterviewStatus.optional(),
      from: z.iso.date().optional(),
      to: z.iso.date().optional(),
      q: z.string().trim().max(200).optional(),
    }).extend(ZExportQuery.shape),
  },
  responses: {
    200: {
      description: 'The page, or the file',
      content: { ...jsonResponse(z.object({ items: z.array(ZInterview), total: z.number().int() })).content, ...EXPORT_CONTENT },
    },
    ...STANDARD_ERRORS,
  },
});

export const listInterviewsHandler: RouteHandler<typeof listInterviewsRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), mediaPolicy, 'media.interview.read');
  const { limit, offset, format, ...filters } = c.req.valid('query');
  if (format) {
    const { items } = await listInterviews(c.get('db'), filters, { limit: EXPORT_MAX_ROWS + 1, offset: 0 });
    return respondWithExport(c, {
      rows: items,
      format,
      fileName: { id: 'Permintaan wawancara', en: 'Interview requests' },
      entityType: 'media_interview',
      filters,
      columns: interviewColumns(c.get('lang')),
    });
  }
  return c.json(await listInterviews(c.get('db'), filters, { limit, offset }), 200);
};
