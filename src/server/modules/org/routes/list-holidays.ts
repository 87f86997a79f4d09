import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { and, asc, gte, lte } from 'drizzle-orm';
import { ZHoliday } from '../../../../shared/org';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { orgPolicy } from '../policy';
import { presentHoliday } from '../presenters';
import { holidays } from '../schema';

export const listHolidaysRoute = createRoute({
  method: 'get',
  path: '/holidays',
  tags: ['Organisasi'],
  summary: 'National holidays and cuti bersama of a year',
  request: { query: z.object({ year: z.coerce.number().int().min(2000).max(2100) }) },
  responses: { 200: jsonResponse(z.object({ items: z.array(ZHoliday) })), ...STANDARD_ERRORS },
});

export const listHolidays: RouteHandler<typeof listHolidaysRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), orgPolicy, 'org.calendar.read');
  const { year } = c.req.valid('query');
  const rows = await c
    .get('db')
    .select()
    .from(holidays)
    .where(and(gte(holidays.date, `${year}-01-01`), lte(holidays.date, `${year}-12-31`)))
    .orderBy(asc(holidays.date));
  return c.json({ items: rows.map(presentHoliday) }, 200);
};
