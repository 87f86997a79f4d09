import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { deleteHoliday as deleteHolidayCommand } from '../commands/calendar';
import { orgPolicy } from '../policy';

export const deleteHolidayRoute = createRoute({
  method: 'delete',
  path: '/holidays/{id}',
  tags: ['Organisasi'],
  summary: 'Remove a holiday',
  request: { params: ZIdParam },
  responses: { 204: { description: 'Removed' }, ...STANDARD_ERRORS },
});

export const deleteHoliday: RouteHandler<typeof deleteHolidayRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, orgPolicy, 'org.calendar.update');
  const { id } = c.req.valid('param');
  await c.get('db').transaction((tx) => deleteHolidayCommand({ tx, actor, meta: c.get('meta') }, id));
  return c.body(null, 204);
};
