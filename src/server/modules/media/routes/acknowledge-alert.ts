import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { ZAlert } from '../../../../shared/media';
import { recordAudit } from '../../../platform/audit/record';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { AppError } from '../../../platform/errors';
import { jsonResponse, STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { mediaPolicy } from '../policy';
import { mediaAlerts } from '../schema';
import { TAG } from './common';
import { presentAlert } from './list-alerts';

export const acknowledgeAlertRoute = createRoute({
  method: 'post',
  path: '/media/alerts/{id}/acknowledge',
  tags: [TAG],
  summary: 'Mark an alert as seen and handled (it leaves the dashboard)',
  request: { params: ZIdParam },
  responses: { 200: jsonResponse(ZAlert), ...STANDARD_ERRORS },
});

export const acknowledgeAlertHandler: RouteHandler<typeof acknowledgeAlertRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, mediaPolicy, 'media.news.edit');
  const db = c.get('db');
  const row = await db.transaction(async (tx) => {
    const [after] = await tx
      .update(mediaAlerts)
      .set({ acknowledgedBy: actor.id, acknowledgedAt: new Date() })
      .where(eq(mediaAlerts.id, c.req.valid('param').id))
      .returning();
    if (!after) throw new AppError('NOT_FOUND');
    await recordAudit(tx, {
      actor,
      meta: c.get('meta'),
      action: 'update',
      entityType: 'media_alert',
      entityId: after.id,
      after: { acknowledged: true },
    });
    return after;
  });
  return c.json(presentAlert(row), 200);
};
