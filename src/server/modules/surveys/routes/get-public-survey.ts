import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import { type TQuestionnaire, type TText, ZQuestionnaire } from '../../../../shared/surveys';
import type { AppEnv } from '../../../platform/context';
import { jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { resolveToken } from '../commands/respond';
import { surveyStatus } from '../commands/surveys';
import { surveyQuestionnaires } from '../schema';
import { ZTokenParam } from './access';

const ZBoth = z.object({ id: z.string(), en: z.string() });

export const getPublicSurveyRoute = createRoute({
  method: 'get',
  path: '/public/surveys/{token}',
  tags: ['Survei (publik)'],
  summary: 'For a respondent, no account: the survey a link opens and, while it is open, its questionnaire',
  request: { params: ZTokenParam },
  responses: {
    200: jsonResponse(
      z.object({
        title: ZBoth,
        purpose: z.string(),
        consent: ZBoth,
        opensOn: z.string(),
        closesOn: z.string(),
        /** 'used': this invitation has already answered. */
        status: z.enum(['scheduled', 'open', 'closed', 'used']),
        version: z.number().nullable(),
        questionnaire: ZQuestionnaire.nullable(),
      }),
    ),
    ...STANDARD_ERRORS,
  },
});

/** Public: no `authorize` — the token is the permission, and it names one survey only. */
export const getPublicSurvey: RouteHandler<typeof getPublicSurveyRoute, AppEnv> = async (c) => {
  const db = c.get('db');
  const { survey, invitation } = await resolveToken(db, c.req.valid('param').token);
  const status = invitation?.usedAt ? 'used' : surveyStatus(survey);
  let questionnaire: TQuestionnaire | null = null;
  if (status === 'open') {
    const [row] = await db
      .select({ definition: surveyQuestionnaires.definition })
      .from(surveyQuestionnaires)
      .where(and(eq(surveyQuestionnaires.surveyId, survey.id), eq(surveyQuestionnaires.version, survey.currentVersion)));
    questionnaire = (row?.definition as TQuestionnaire) ?? null;
  }
  const consent = survey.consent as TText;
  return c.json(
    {
      title: { id: survey.title, en: survey.titleEn || survey.title },
      purpose: survey.purpose,
      consent: { id: consent.id, en: consent.en || consent.id },
      opensOn: survey.opensOn,
      closesOn: survey.closesOn,
      status,
      version: questionnaire ? survey.currentVersion : null,
      questionnaire,
    },
    200,
  );
};
