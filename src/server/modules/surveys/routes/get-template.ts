import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { ZQuestionnaire } from '../../../../shared/surveys';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { surveysPolicy } from '../policy';
import { skmQuestionnaire } from '../skm-template';

export const getTemplateRoute = createRoute({
  method: 'get',
  path: '/survey-tools/skm-template',
  tags: ['Survei'],
  summary: 'A starting questionnaire: the nine elements of PermenPANRB 14/2017 with its answer labels',
  request: { query: z.object({ expectations: z.enum(['true', 'false']).default('false') }) },
  responses: { 200: jsonResponse(ZQuestionnaire), ...STANDARD_ERRORS },
});

export const getTemplate: RouteHandler<typeof getTemplateRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), surveysPolicy, 'surveys.read');
  return c.json(skmQuestionnaire(undefined, { expectations: c.req.valid('query').expectations === 'true' }), 200);
};
