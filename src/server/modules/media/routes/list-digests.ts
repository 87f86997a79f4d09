import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { desc } from 'drizzle-orm';
import { type TDigest, ZDigest } from '../../../../shared/media';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { mediaPolicy } from '../policy';
import { mediaDigests } from '../schema';
import { TAG, ZPage } from './common';

export function presentDigest(row: typeof mediaDigests.$inferSelect): TDigest {
  return {
    id: row.id,
    slot: row.slot.toISOString(),
    kind: row.kind as TDigest['kind'],
    windowFrom: row.windowFrom.toISOString(),
    windowTo: row.windowTo.toISOString(),
    emailedAt: row.emailedAt?.toISOString() ?? null,
    emailedTo: row.emailedTo,
    content: row.content as TDigest['content'],
  };
}

export const listDigestsRoute = createRoute({
  method: 'get',
  path: '/media/digests',
  tags: [TAG],
  summary: 'The digests of the news monitoring, newest first',
  request: { query: ZPage },
  responses: { 200: jsonResponse(z.object({ items: z.array(ZDigest) })), ...STANDARD_ERRORS },
});

export const listDigestsHandler: RouteHandler<typeof listDigestsRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), mediaPolicy, 'media.digest.read');
  const { limit, offset } = c.req.valid('query');
  const rows = await c.get('db').select().from(mediaDigests).orderBy(desc(mediaDigests.slot)).limit(Math.min(limit, 100)).offset(offset);
  return c.json({ items: rows.map(presentDigest) }, 200);
};
