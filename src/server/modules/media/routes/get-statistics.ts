import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { ZNewsStatistics } from '../../../../shared/media';
import { recordAudit } from '../../../platform/audit/record';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { attachmentHeader, EXPORT_CONTENT_TYPES } from '../../../platform/exports/export';
import { EXPORT_CONTENT } from '../../../platform/exports/list-export';
import { jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { mediaPolicy } from '../policy';
import { newsStatistics } from '../queries/statistics';
import { statisticsWorkbook } from '../queries/statistics-xlsx';
import { TAG } from './common';

export const getStatisticsRoute = createRoute({
  method: 'get',
  path: '/media/statistics',
  tags: [TAG],
  summary: 'News statistics of a year or month: tone per month, media types, top issues and outlets, prominent issues; ?format=xlsx',
  request: {
    query: z.object({
      year: z.coerce.number().int().min(2000).max(2100),
      month: z.coerce.number().int().min(1).max(12).optional(),
      format: z.enum(['xlsx']).optional(),
    }),
  },
  responses: {
    200: {
      description: 'The statistics, or the workbook',
      content: { ...jsonResponse(ZNewsStatistics).content, ...EXPORT_CONTENT },
    },
    ...STANDARD_ERRORS,
  },
});

export const getStatisticsHandler: RouteHandler<typeof getStatisticsRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, mediaPolicy, 'media.read');
  const { year, month, format } = c.req.valid('query');
  const stats = await newsStatistics(c.get('db'), year, month ?? null);
  if (!format) return c.json(stats, 200);
  const lang = c.get('lang');
  const bytes = await statisticsWorkbook(stats, lang);
  await recordAudit(c.get('db'), {
    actor,
    meta: c.get('meta'),
    action: 'export',
    entityType: 'media_statistics',
    after: { year, month: month ?? null, format },
  });
  const name = `${lang === 'id' ? 'Statistik pemberitaan' : 'News statistics'} ${year}${month ? `-${month}` : ''}.xlsx`;
  return new Response(bytes as unknown as ArrayBuffer, {
    status: 200,
    headers: { 'Content-Type': EXPORT_CONTENT_TYPES.xlsx, 'Content-Disposition': attachmentHeader(name), 'Cache-Control': 'no-store' },
  });
};
