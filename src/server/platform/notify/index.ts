import { createRouter } from '../router';
import { listNotifications, listNotificationsRoute } from './routes/list-notifications';
import { readAllNotifications, readAllNotificationsRoute } from './routes/read-all-notifications';
import { readNotification, readNotificationRoute } from './routes/read-notification';

export { emailPendingJob } from './email-pending';
export { type Notice, notify } from './notify';

/** Each user's own notifications; nobody reads another's. */
export const notificationsRouter = createRouter()
  .openapi(listNotificationsRoute, listNotifications)
  .openapi(readAllNotificationsRoute, readAllNotifications)
  .openapi(readNotificationRoute, readNotification);
