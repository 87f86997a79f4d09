import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { recordAudit } from '../../../platform/audit/record';
import type { AppEnv } from '../../../platform/context';
import { attachmentHeader, EXPORT_CONTENT_TYPES } from '../../../platform/exports/export';
import { STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { computationWorkbook } from '../queries/computation-sheet';
import { loadSurveyData } from '../queries/load';
import { surveyFor } from './access';

export const exportComputationRoute = createRoute({
  method: 'get',
  path: '/surveys/{id}/computation.xlsx',
  tags: ['Survei'],
  summary: 'The computation sheet: every answer and every step of the index as live formulas',
  request: { params: ZIdParam },
  responses: { 200: { description: 'XLSX file' }, ...STANDARD_ERRORS },
});

export const exportComputation: RouteHandler<typeof exportComputationRoute, AppEnv> = async (c) => {
  const { actor, survey } = await surveyFor(c, c.req.valid('param').id, 'surveys.export');
  const db = c.get('db');
  const lang = c.get('lang');
  const bytes = await computationWorkbook(await loadSurveyData(db, survey), lang);
  await recordAudit(db, {
    actor,
    meta: c.get('meta'),
    action: 'export',
    entityType: 'survey_computation',
    entityId: survey.id,
    unitId: survey.unitId,
  });
  c.header('Content-Type', EXPORT_CONTENT_TYPES.xlsx);
  c.header('Content-Disposition', attachmentHeader(`${lang === 'en' ? 'computation' : 'perhitungan'}-${survey.code}.xlsx`));
  return c.body(bytes as unknown as ArrayBuffer, 200);
};
