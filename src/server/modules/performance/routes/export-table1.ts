import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { ZPeriod } from '../../../../shared/performance';
import { recordAudit } from '../../../platform/audit/record';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { attachmentHeader, EXPORT_CONTENT_TYPES } from '../../../platform/exports/export';
import { STANDARD_ERRORS } from '../../../platform/openapi';
import type { MeasureRegistry } from '../measures';
import { performancePolicy } from '../policy';
import { evaluateYear } from '../queries/evaluate';
import { table1Workbook } from '../queries/table1-xlsx';
import { perfGoals } from '../schema';
import { ZYearParam } from './get-dashboard';

export const exportTable1Route = createRoute({
  method: 'get',
  path: '/performance/years/{year}/table1.xlsx',
  tags: ['Kinerja'],
  summary: 'Table 1 and the per-indicator budget table of the annual report, as XLSX',
  request: { params: ZYearParam, query: z.object({ period: ZPeriod.default(0) }) },
  responses: { 200: { description: 'XLSX file' }, ...STANDARD_ERRORS },
});

export const exportTable1 =
  (measures: MeasureRegistry): RouteHandler<typeof exportTable1Route, AppEnv> =>
  async (c) => {
    const actor = c.get('actor');
    authorize(actor, performancePolicy, 'performance.export');
    const { year } = c.req.valid('param');
    const { period } = c.req.valid('query');
    const db = c.get('db');
    const evaluation = await evaluateYear(db, measures, year, period);
    const goals = new Map((await db.select().from(perfGoals).where(eq(perfGoals.year, year))).map((g) => [g.code, g.statement]));
    const bytes = await table1Workbook(evaluation, goals, c.get('lang'));
    await recordAudit(db, {
      actor,
      meta: c.get('meta'),
      action: 'export',
      entityType: 'perf_table1',
      entityId: String(year),
      after: { period },
    });
    c.header('Content-Type', EXPORT_CONTENT_TYPES.xlsx);
    c.header('Content-Disposition', attachmentHeader(`tabel-1-kinerja-${year}${period ? `-tw${period}` : ''}.xlsx`));
    return c.body(bytes as unknown as ArrayBuffer, 200);
  };
