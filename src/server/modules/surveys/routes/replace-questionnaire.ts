import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { ZQuestionnaire } from '../../../../shared/surveys';
import type { AppEnv } from '../../../platform/context';
import { jsonBody, jsonResponse, STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { replaceQuestionnaire as replaceCommand } from '../commands/surveys';
import { surveyFor } from './access';

export const replaceQuestionnaireRoute = createRoute({
  method: 'put',
  path: '/surveys/{id}/questionnaire',
  tags: ['Survei'],
  summary: 'Edit the current questionnaire — refused (409) once anybody has answered it; then create a version',
  request: { params: ZIdParam, body: jsonBody(z.strictObject({ questionnaire: ZQuestionnaire })) },
  responses: { 200: jsonResponse(z.object({ version: z.number() })), ...STANDARD_ERRORS },
});

export const replaceQuestionnaire: RouteHandler<typeof replaceQuestionnaireRoute, AppEnv> = async (c) => {
  const { actor, survey } = await surveyFor(c, c.req.valid('param').id, 'surveys.manage');
  const { questionnaire } = c.req.valid('json');
  const result = await c.get('db').transaction((tx) => replaceCommand({ tx, actor, meta: c.get('meta') }, survey.id, questionnaire));
  return c.json(result, 200);
};
