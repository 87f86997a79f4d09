import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { ZQuestionnaire } from '../../../../shared/surveys';
import type { AppEnv } from '../../../platform/context';
import { jsonBody, jsonResponse, STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { addQuestionnaireVersion } from '../commands/surveys';
import { surveyFor } from './access';

export const createQuestionnaireVersionRoute = createRoute({
  method: 'post',
  path: '/surveys/{id}/questionnaire/versions',
  tags: ['Survei'],
  summary: 'A new version of the questionnaire; answers already given stay with their version',
  request: { params: ZIdParam, body: jsonBody(z.strictObject({ questionnaire: ZQuestionnaire })) },
  responses: { 201: jsonResponse(z.object({ version: z.number() }), 'Created'), ...STANDARD_ERRORS },
});

export const createQuestionnaireVersion: RouteHandler<typeof createQuestionnaireVersionRoute, AppEnv> = async (c) => {
  const { actor, survey } = await surveyFor(c, c.req.valid('param').id, 'surveys.manage');
  const { questionnaire } = c.req.valid('json');
  const result = await c
    .get('db')
    .transaction((tx) => addQuestionnaireVersion({ tx, actor, meta: c.get('meta') }, survey.id, questionnaire));
  return c.json(result, 201);
};
