import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { asc, count, eq, ilike } from 'drizzle-orm';
import { ZOutlet } from '../../../../shared/media';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { EXPORT_CONTENT, respondWithExport, ZExportQuery } from '../../../platform/exports/list-export';
import { jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { outletColumns } from '../list-exports';
import { mediaPolicy } from '../policy';
import { presentOutlet } from '../presenters-contacts';
import { mediaJournalists, mediaOutlets } from '../schema';
import { TAG } from './common';

export const listOutletsRoute = createRoute({
  method: 'get',
  path: '/media/outlets',
  tags: [TAG],
  summary: 'News outlets, with how many journalists each has in the contacts; ?format=xlsx|csv exports them',
  request: { query: z.object({ q: z.string().trim().max(100).optional() }).extend(ZExportQuery.shape) },
  responses: {
    200: {
      description: 'The outlets, or a file',
      content: { ...jsonResponse(z.object({ items: z.array(ZOutlet) })).content, ...EXPORT_CONTENT },
    },
    ...STANDARD_ERRORS,
  },
});

export const listOutletsHandler: RouteHandler<typeof listOutletsRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), mediaPolicy, 'media.read');
  const { q, format } = c.req.valid('query');
  const rows = await c
    .get('db')
    .select({ outlet: mediaOutlets, journalists: count(mediaJournalists.id) })
    .from(mediaOutlets)
    .leftJoin(mediaJournalists, eq(mediaJournalists.outletId, mediaOutlets.id))
    .where(q ? ilike(mediaOutlets.name, `%${q}%`) : undefined)
    .groupBy(mediaOutlets.id)
    .orderBy(asc(mediaOutlets.name))
    .limit(1000);
  const items = rows.map((r) => presentOutlet({ ...r.outlet, journalists: r.journalists }));
  if (format) {
    return respondWithExport(c, {
      rows: items,
      format,
      fileName: { id: 'Media', en: 'Outlets' },
      entityType: 'media_outlet',
      filters: { q },
      columns: outletColumns(c.get('lang')),
    });
  }
  return c.json({ items }, 200);
};
