import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { and, eq, isNull } from 'drizzle-orm';
import type { AppEnv } from '../../context';
import { jsonResponse, requireActor, STANDARD_ERRORS } from '../../openapi';
import { notifications } from '../schema';

export const readAllNotificationsRoute = createRoute({
  method: 'post',
  path: '/notifications/read-all',
  tags: ['Notifikasi'],
  summary: 'Mark all my notifications as read',
  responses: { 200: jsonResponse(z.object({ updated: z.number().int() })), ...STANDARD_ERRORS },
});

export const readAllNotifications: RouteHandler<typeof readAllNotificationsRoute, AppEnv> = async (c) => {
  const actor = requireActor(c);
  const rows = await c
    .get('db')
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return c.json({ updated: rows.length }, 200);
};
