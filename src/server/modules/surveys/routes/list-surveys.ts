import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { SURVEY_KINDS, ZSurvey } from '../../../../shared/surveys';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { surveysPolicy } from '../policy';
import { presentSurvey } from '../presenters';
import { surveys } from '../schema';
import { responseCounts } from './access';

export const listSurveysRoute = createRoute({
  method: 'get',
  path: '/surveys',
  tags: ['Survei'],
  summary: 'Surveys, newest year first, with their response counts and sample progress',
  request: {
    query: z.object({
      year: z.coerce.number().int().min(2000).max(2100).optional(),
      kind: z.enum(SURVEY_KINDS).optional(),
    }),
  },
  responses: { 200: jsonResponse(z.object({ items: z.array(ZSurvey) })), ...STANDARD_ERRORS },
});

export const listSurveys: RouteHandler<typeof listSurveysRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), surveysPolicy, 'surveys.read');
  const { year, kind } = c.req.valid('query');
  const db = c.get('db');
  const filters: SQL[] = [];
  if (year) filters.push(eq(surveys.year, year));
  if (kind) filters.push(eq(surveys.kind, kind));
  const rows = await db
    .select()
    .from(surveys)
    .where(filters.length ? and(...filters) : undefined)
    .orderBy(desc(surveys.year), desc(surveys.quarter), surveys.code)
    .limit(1000);
  const counts = await responseCounts(
    db,
    rows.map((r) => r.id),
  );
  return c.json({ items: rows.map((r) => presentSurvey(r, counts.get(r.id) ?? 0)) }, 200);
};
