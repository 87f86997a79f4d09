import { z } from '@hono/zod-openapi';
import { count, eq, inArray } from 'drizzle-orm';
import type { Context } from 'hono';
import type { DbOrTx } from '../../../db/types';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { getSurvey } from '../commands/surveys';
import { surveysPolicy } from '../policy';
import { surveyResponses } from '../schema';

/** The survey of the path, after checking the actor may take `action` on it. */
export async function surveyFor(c: Context<AppEnv>, id: string, action: 'surveys.read' | 'surveys.manage' | 'surveys.export') {
  const actor = c.get('actor');
  authorize(actor, surveysPolicy, action);
  const survey = await getSurvey(c.get('db'), id);
  authorize(actor, surveysPolicy, action, survey);
  return { actor, survey };
}

/** Responses per survey, for lists and details. */
export async function responseCounts(db: DbOrTx, ids: string[]): Promise<Map<string, number>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ surveyId: surveyResponses.surveyId, n: count() })
    .from(surveyResponses)
    .where(ids.length === 1 ? eq(surveyResponses.surveyId, ids[0]!) : inArray(surveyResponses.surveyId, ids))
    .groupBy(surveyResponses.surveyId);
  return new Map(rows.map((r) => [r.surveyId, r.n]));
}

export const ZTokenParam = z.object({
  token: z
    .string()
    .min(32)
    .max(100)
    .openapi({ param: { name: 'token', in: 'path' } }),
});
