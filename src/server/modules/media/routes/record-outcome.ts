import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { ZInterviewOutcomeRequest, ZInterview } from '../../../../shared/media';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonBody, jsonResponse, STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { recordOutcome } from '../commands/interviews';
import { mediaPolicy } from '../policy';
import { presentInterviews } from '../queries/interviews';
import { TAG } from './common';

export const recordOutcomeRoute = createRoute({
  method: 'post',
  path: '/media/interviews/{id}/outcome',
  tags: [TAG],
  summary: 'Record the outcome: direct interview, written answer, talk show, or declined with a reason',
  request: { params: ZIdParam, body: jsonBody(ZInterviewOutcomeRequest) },
  responses: { 200: jsonResponse(ZInterview), ...STANDARD_ERRORS },
});

export const recordOutcomeHandler: RouteHandler<typeof recordOutcomeRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, mediaPolicy, 'media.interview.edit');
  const db = c.get('db');
  const row = await db.transaction((tx) => recordOutcome({ tx, actor, meta: c.get('meta') }, c.req.valid('param').id, c.req.valid('json')));
  const [item] = await presentInterviews(db, [row]);
  return c.json(item!, 200);
};
