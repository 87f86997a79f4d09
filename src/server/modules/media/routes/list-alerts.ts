import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { and, desc, gte, isNull, lte } from 'drizzle-orm';
import { type TAlert, ZAlert } from '../../../../shared/media';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { mediaPolicy } from '../policy';
import { mediaAlerts } from '../schema';
import { TAG } from './common';

export function presentAlert(row: typeof mediaAlerts.$inferSelect): TAlert {
  return {
    id: row.id,
    date: row.date,
    kind: row.kind as TAlert['kind'],
    subject: row.subject,
    count: row.count,
    baselineMean: Math.round(row.baselineMean * 10) / 10,
    threshold: Math.round(row.threshold * 10) / 10,
    acknowledged: row.acknowledgedAt !== null,
  };
}

export const listAlertsRoute = createRoute({
  method: 'get',
  path: '/media/alerts',
  tags: [TAG],
  summary: 'Early-warning alerts: days on which an issue or negative tone spiked over its previous 14 days',
  request: {
    query: z.object({ from: z.iso.date().optional(), to: z.iso.date().optional(), open: z.enum(['0', '1']).optional() }),
  },
  responses: { 200: jsonResponse(z.object({ items: z.array(ZAlert) })), ...STANDARD_ERRORS },
});

export const listAlertsHandler: RouteHandler<typeof listAlertsRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), mediaPolicy, 'media.digest.read');
  const { from, to, open } = c.req.valid('query');
  const rows = await c
    .get('db')
    .select()
    .from(mediaAlerts)
    .where(
      and(
        from ? gte(mediaAlerts.date, from) : undefined,
        to ? lte(mediaAlerts.date, to) : undefined,
        open === '1' ? isNull(mediaAlerts.acknowledgedAt) : undefined,
      ),
    )
    .orderBy(desc(mediaAlerts.date), desc(mediaAlerts.count))
    .limit(500);
  return c.json({ items: rows.map(presentAlert) }, 200);
};
