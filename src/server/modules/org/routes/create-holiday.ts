import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { ZCreateHolidayRequest, ZHoliday } from '../../../../shared/org';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonBody, jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { createHoliday as createHolidayCommand } from '../commands/calendar';
import { orgPolicy } from '../policy';
import { presentHoliday } from '../presenters';

export const createHolidayRoute = createRoute({
  method: 'post',
  path: '/holidays',
  tags: ['Organisasi'],
  summary: 'Add a holiday or cuti bersama',
  request: { body: jsonBody(ZCreateHolidayRequest) },
  responses: { 201: jsonResponse(ZHoliday, 'Created'), ...STANDARD_ERRORS },
});

export const createHoliday: RouteHandler<typeof createHolidayRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, orgPolicy, 'org.calendar.update');
  const input = c.req.valid('json');
  const row = await c.get('db').transaction((tx) => createHolidayCommand({ tx, actor, meta: c.get('meta') }, input));
  return c.json(presentHoliday(row), 201);
};
