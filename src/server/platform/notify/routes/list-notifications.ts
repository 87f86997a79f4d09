import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { and, count, desc, eq, isNull, lt } from 'drizzle-orm';
import { ZNotificationList } from '../../../../shared/notifications';
import type { AppEnv } from '../../context';
import { jsonResponse, requireActor, STANDARD_ERRORS } from '../../openapi';
import { presentNotification } from '../presenters';
import { notifications } from '../schema';

export const listNotificationsRoute = createRoute({
  method: 'get',
  path: '/notifications',
  tags: ['Notifikasi'],
  summary: "The signed-in user's notifications, newest first, and how many are unread",
  request: {
    query: z.object({
      unread: z.enum(['true', 'false']).optional(),
      before: z.iso.datetime({ offset: true }).optional().openapi({ description: 'page: createdAt of the last item seen' }),
      limit: z.coerce.number().int().min(1).max(100).default(30),
    }),
  },
  responses: { 200: jsonResponse(ZNotificationList), ...STANDARD_ERRORS },
});

export const listNotifications: RouteHandler<typeof listNotificationsRoute, AppEnv> = async (c) => {
  const actor = requireActor(c);
  const { unread, before, limit } = c.req.valid('query');
  const db = c.get('db');
  const mine = eq(notifications.userId, actor.id);
  const rows = await db
    .select()
    .from(notifications)
    .where(
      and(
        mine,
        unread === 'true' ? isNull(notifications.readAt) : undefined,
        before ? lt(notifications.createdAt, new Date(before)) : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
  const [unreadCount] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(mine, isNull(notifications.readAt)));
  return c.json({ items: rows.map(presentNotification), unread: unreadCount?.n ?? 0 }, 200);
};
