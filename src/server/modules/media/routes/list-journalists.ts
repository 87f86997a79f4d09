import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { and, asc, eq, ilike, isNull, or } from 'drizzle-orm';
import { ZJournalist } from '../../../../shared/media';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { mediaPolicy } from '../policy';
import { presentJournalist } from '../presenters-contacts';
import { mediaJournalists, mediaOutlets } from '../schema';
import { TAG } from './common';

export const listJournalistsRoute = createRoute({
  method: 'get',
  path: '/media/journalists',
  tags: [TAG],
  summary: 'Journalists in the media contacts (anonymized ones only on request)',
  request: {
    query: z.object({
      q: z.string().trim().max(100).optional(),
      outletId: z.string().uuid().optional(),
      anonymized: z.enum(['0', '1']).optional(),
    }),
  },
  responses: { 200: jsonResponse(z.object({ items: z.array(ZJournalist) })), ...STANDARD_ERRORS },
});

export const listJournalistsHandler: RouteHandler<typeof listJournalistsRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), mediaPolicy, 'media.contacts.read');
  const { q, outletId, anonymized } = c.req.valid('query');
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
  return c.json({ items: rows.map((r) => presentJournalist({ ...r.journalist, outletName: r.outletName })) }, 200);
};
