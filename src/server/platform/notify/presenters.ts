import type { TNotification } from '../../../shared/notifications';
import type { notifications } from './schema';

export function presentNotification(row: typeof notifications.$inferSelect): TNotification {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    read: row.readAt !== null,
    createdAt: row.createdAt.toISOString(),
  };
}
