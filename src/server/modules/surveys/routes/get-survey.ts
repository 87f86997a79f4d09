import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { asc, count, eq, isNotNull, and } from 'drizzle-orm';
import { ZQuestionnaireVersion, ZSurvey, type TQuestionnaire } from '../../../../shared/surveys';
import type { AppEnv } from '../../../platform/context';
import { jsonResponse, STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { surveysPolicy } from '../policy';
import { presentSurvey } from '../presenters';
import { surveyInvitations, surveyQuestionnaires, surveyResponses } from '../schema';
import { surveyFor } from './access';

export const getSurveyRoute = createRoute({
  method: 'get',
  path: '/surveys/{id}',
  tags: ['Survei'],
  summary: 'A survey with every version of its questionnaire and what the actor may do with it',
  request: { params: ZIdParam },
  responses: {
    200: jsonResponse(
      ZSurvey.extend({
        versions: z.array(ZQuestionnaireVersion),
        invitations: z.object({ total: z.number(), used: z.number() }),
        permissions: z.object({ manage: z.boolean(), export: z.boolean() }),
      }),
    ),
    ...STANDARD_ERRORS,
  },
});

export const getSurvey: RouteHandler<typeof getSurveyRoute, AppEnv> = async (c) => {
  const { actor, survey } = await surveyFor(c, c.req.valid('param').id, 'surveys.read');
  const db = c.get('db');
  const versions = await db
    .select()
    .from(surveyQuestionnaires)
    .where(eq(surveyQuestionnaires.surveyId, survey.id))
    .orderBy(asc(surveyQuestionnaires.version));
  const perVersion = await db
    .select({ version: surveyResponses.version, n: count() })
    .from(surveyResponses)
    .where(eq(surveyResponses.surveyId, survey.id))
    .groupBy(surveyResponses.version);
  const counts = new Map(perVersion.map((v) => [v.version, v.n]));
  const [invited] = await db.select({ n: count() }).from(surveyInvitations).where(eq(surveyInvitations.surveyId, survey.id));
  const [used] = await db
    .select({ n: count() })
    .from(surveyInvitations)
    .where(and(eq(surveyInvitations.surveyId, survey.id), isNotNull(surveyInvitations.usedAt)));
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  return c.json(
    {
      ...presentSurvey(survey, total),
      versions: versions.map((v) => ({
        version: v.version,
        createdAt: v.createdAt.toISOString(),
        responses: counts.get(v.version) ?? 0,
        questionnaire: v.definition as TQuestionnaire,
      })),
      invitations: { total: invited?.n ?? 0, used: used?.n ?? 0 },
      permissions: { manage: surveysPolicy['surveys.manage'](actor, survey), export: surveysPolicy['surveys.export'](actor) },
    },
    200,
  );
};
