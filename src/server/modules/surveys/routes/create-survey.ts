import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { ZCreateSurveyRequest, ZSurvey } from '../../../../shared/surveys';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonBody, jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { createSurvey as createSurveyCommand } from '../commands/surveys';
import { surveysPolicy } from '../policy';
import { presentSurvey } from '../presenters';

export const createSurveyRoute = createRoute({
  method: 'post',
  path: '/surveys',
  tags: ['Survei'],
  summary: 'Create a survey with the first version of its questionnaire',
  request: { body: jsonBody(ZCreateSurveyRequest) },
  responses: { 201: jsonResponse(ZSurvey, 'Created'), ...STANDARD_ERRORS },
});

export const createSurvey: RouteHandler<typeof createSurveyRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  const input = c.req.valid('json');
  // The survey belongs to the unit named, or to the creator's: the rule is checked on that unit.
  authorize(actor, surveysPolicy, 'surveys.manage', { unitId: input.unitId ?? actor?.unitId ?? null });
  const row = await c.get('db').transaction((tx) => createSurveyCommand({ tx, actor, meta: c.get('meta') }, input));
  return c.json(presentSurvey(row, 0), 201);
};
