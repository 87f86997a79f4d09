import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { and, eq, isNull } from 'drizzle-orm';
import { ZNotification } from '../../../../shared/notifications';
import type { AppEnv } from '../../context';
import { AppError } from '../../errors';
import { jsonResponse, requireActor, STANDARD_ERRORS, ZIdParam } from '../../openapi';
import { presentNotification } from '../presenters';
import { notifications } from '../schema';

export const readNotificationRoute = createRoute({
  method: 'post',
  path: '/notifications/{id}/read',
  tags: ['Notifikasi'],
  summary: 'Mark one of my notifications as read',
  request: { params: ZIdParam },
  responses: { 200: jsonResponse(ZNotification), ...STANDARD_ERRORS },
});

export const readNotification: RouteHandler<typeof readNotificationRoute, AppEnv> = async (c) => {
  const actor = requireActor(c);
  const { id } = c.req.valid('param');
  const db = c.get('db');
  const mine = and(eq(notifications.id, id), eq(notifications.userId, actor.id));
  // Only the first reading sets the time; reading again is harmless.
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(mine, isNull(notifications.readAt)));
  const [row] = await db.select().from(notifications).where(mine);
  if (!row) throw new AppError('NOT_FOUND'); // someone else's notification is not found either
  return c.json(presentNotification(row), 200);
};
