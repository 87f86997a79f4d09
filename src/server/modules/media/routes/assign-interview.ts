import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { ZAssignInterview, ZInterview } from '../../../../shared/media';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonBody, jsonResponse, STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { assignInterview } from '../commands/interviews';
import { mediaPolicy } from '../policy';
import { presentInterviews } from '../queries/interviews';
import { TAG } from './common';

export const assignInterviewRoute = createRoute({
  method: 'post',
  path: '/media/interviews/{id}/assign',
  tags: [TAG],
  summary: 'Assign a request to a staff member, with the spokesperson who will answer',
  request: { params: ZIdParam, body: jsonBody(ZAssignInterview) },
  responses: { 200: jsonResponse(ZInterview), ...STANDARD_ERRORS },
});

export const assignInterviewHandler: RouteHandler<typeof assignInterviewRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, mediaPolicy, 'media.interview.assign');
  const db = c.get('db');
  const row = await db.transaction((tx) =>
    assignInterview({ tx, actor, meta: c.get('meta') }, c.req.valid('param').id, c.req.valid('json')),
  );
  const [item] = await presentInterviews(db, [row]);
  return c.json(item!, 200);
};
