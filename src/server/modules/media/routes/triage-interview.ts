import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { ZTriageInterview, ZInterview } from '../../../../shared/media';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonBody, jsonResponse, STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { triageInterview } from '../commands/interviews';
import { mediaPolicy } from '../policy';
import { presentInterviews } from '../queries/interviews';
import { TAG } from './common';

export const triageInterviewRoute = createRoute({
  method: 'post',
  path: '/media/interviews/{id}/triage',
  tags: [TAG],
  summary: 'Triage a request: its priority and a note',
  request: { params: ZIdParam, body: jsonBody(ZTriageInterview) },
  responses: { 200: jsonResponse(ZInterview), ...STANDARD_ERRORS },
});

export const triageInterviewHandler: RouteHandler<typeof triageInterviewRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, mediaPolicy, 'media.interview.assign');
  const db = c.get('db');
  const row = await db.transaction((tx) =>
    triageInterview({ tx, actor, meta: c.get('meta') }, c.req.valid('param').id, c.req.valid('json')),
  );
  const [item] = await presentInterviews(db, [row]);
  return c.json(item!, 200);
};
