import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { ZSurvey, ZUpdateSurveyRequest } from '../../../../shared/surveys';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonBody, jsonResponse, STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { updateSurvey as updateSurveyCommand } from '../commands/surveys';
import { surveysPolicy } from '../policy';
import { presentSurvey } from '../presenters';
import { responseCounts, surveyFor } from './access';

export const updateSurveyRoute = createRoute({
  method: 'patch',
  path: '/surveys/{id}',
  tags: ['Survei'],
  summary: 'Change a survey’s details, dates, access or quotas; `closed: true` closes it now',
  request: { params: ZIdParam, body: jsonBody(ZUpdateSurveyRequest) },
  responses: { 200: jsonResponse(ZSurvey), ...STANDARD_ERRORS },
});

export const updateSurvey: RouteHandler<typeof updateSurveyRoute, AppEnv> = async (c) => {
  const { actor, survey } = await surveyFor(c, c.req.valid('param').id, 'surveys.manage');
  const input = c.req.valid('json');
  // Handing a survey to another unit needs the right over that unit too.
  if (input.unitId !== undefined) authorize(actor, surveysPolicy, 'surveys.manage', { unitId: input.unitId });
  const db = c.get('db');
  const row = await db.transaction((tx) => updateSurveyCommand({ tx, actor, meta: c.get('meta') }, survey.id, input));
  const counts = await responseCounts(db, [row.id]);
  return c.json(presentSurvey(row, counts.get(row.id) ?? 0), 200);
};
