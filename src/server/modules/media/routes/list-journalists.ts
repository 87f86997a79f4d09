import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { and, asc, eq, ilike, isNull, or } from 'drizzle-orm';
import { ZJournalist } from '../../../../shared/media';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { EXPORT_CONTENT, respondWithExport, ZExportQuery } from '../../../platform/exports/list-export';
import { jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { journalistColumns } from '../list-exports';
import { mediaPolicy } from '../policy';
import { presentJournalist } from '../presenters-contacts';
import { mediaJournalists, mediaOutlets } from '../schema';
import { TAG } from './common';

export const listJournalistsRoute = createRoute({
  method: 'get',
  path: '/media/journalists',
  tags: [TAG],
  summary: 'Journalists in the media contacts (anonymized ones only on request); ?format=xlsx|csv exports them',
  request: {
    query: z
      .object({
        q: z.string().trim().max(100).optional(),
        outletId: z.string().uuid().optional(),
        anonymized: z.enum(['0', '1']).optional(),
      })
      .extend(ZExportQuery.shape),
  },
  responses: {
    200: {
      description: 'The journalists, or a file',
      content: { ...jsonResponse(z.object({ items: z.array(ZJournalist) })).content, ...EXPORT_CONTENT },
    },
    ...STANDARD_ERRORS,
  },
});

export const listJournalistsHandler: RouteHandler<typeof listJournalistsRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), mediaPolicy, 'media.contacts.read');
  const { q, outletId, anonymized, format } = c.req.valid('query');
  const j = mediaJournalists;
  const rows = await c
    .get('db')
    .select({ journalist: j, outletName: mediaOutlets.name })
    .from(j)
    .leftJoin(mediaOutlets, eq(mediaOutlets.id, j.outletId))
    .where(
      and(
        anonymized === '1' ? undefined : isNull(j.anonymizedAt),
        outletId ? eq(j.outletId, outletId) : undefined,
        q ? or(ilike(j.name, `%${q}%`), ilike(j.beat, `%${q}%`), ilike(mediaOutlets.name, `%${q}%`)) : undefined,
      ),
    )
    .orderBy(asc(j.name))
    .limit(1000);
  const items = rows.map((r) => presentJournalist({ ...r.journalist, outletName: r.outletName }));
  if (format) {
    // Personal data: the export is recorded in the audit trail with its filters, as every list export.
    return respondWithExport(c, {
      rows: items,
      format,
      fileName: { id: 'Wartawan', en: 'Journalists' },
      entityType: 'media_journalist',
      filters: { q, outletId, anonymized },
      columns: journalistColumns(c.get('lang')),
    });
  }
  return c.json({ items }, 200);
};
