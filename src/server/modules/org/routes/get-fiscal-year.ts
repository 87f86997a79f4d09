import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { ZFiscalYear } from '../../../../shared/org';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { AppError } from '../../../platform/errors';
import { jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { loadWorkingCalendar } from '../commands/calendar';
import { orgPolicy } from '../policy';
import { presentFiscalYear } from '../presenters';
import { fiscalYears } from '../schema';

export const getFiscalYearRoute = createRoute({
  method: 'get',
  path: '/fiscal-years/{year}',
  tags: ['Organisasi'],
  summary: 'A fiscal year with its quarters (Triwulan I–IV) and their working days',
  request: {
    params: z.object({
      year: z.coerce
        .number()
        .int()
        .min(2000)
        .max(2100)
        .openapi({ param: { name: 'year', in: 'path' } }),
    }),
  },
  responses: { 200: jsonResponse(ZFiscalYear), ...STANDARD_ERRORS },
});

export const getFiscalYear: RouteHandler<typeof getFiscalYearRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), orgPolicy, 'org.fiscal_year.read');
  const { year } = c.req.valid('param');
  const db = c.get('db');
  const [row] = await db.select().from(fiscalYears).where(eq(fiscalYears.year, year));
  if (!row) throw new AppError('NOT_FOUND');
  const calendar = await loadWorkingCalendar(db, row.startDate, row.endDate);
  return c.json(presentFiscalYear(row, calendar), 200);
};
