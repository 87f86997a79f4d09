import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { asc, count, eq, ilike } from 'drizzle-orm';
import { ZOutlet } from '../../../../shared/media';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { mediaPolicy } from '../policy';
import { presentOutlet } from '../presenters-contacts';
import { mediaJournalists, mediaOutlets } from '../schema';
import { TAG } from './common';

export const listOutletsRoute = createRoute({
  method: 'get',
  path: '/media/outlets',
  tags: [TAG],
  summary: 'News outlets, with how many journalists each has in the contacts',
  request: { query: z.object({ q: z.string().trim().max(100).optional() }) },
  responses: { 200: jsonResponse(z.object({ items: z.array(ZOutlet) })), ...STANDARD_ERRORS },
});

export const listOutletsHandler: RouteHandler<typeof listOutletsRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), mediaPolicy, 'media.read');
  const { q } = c.req.valid('query');
  const rows = await c
    .get('db')
    .select({ outlet: mediaOutlets, journalists: count(mediaJournalists.id) })
    .from(mediaOutlets)
    .leftJoin(mediaJournalists, eq(mediaJournalists.outletId, mediaOutlets.id))
    .where(q ? ilike(mediaOutlets.name, `%${q}%`) : undefined)
    .groupBy(mediaOutlets.id)
    .orderBy(asc(mediaOutlets.name))
    .limit(1000);
  return c.json({ items: rows.map((r) => presentOutlet({ ...r.outlet, journalists: r.journalists })) }, 200);
};
