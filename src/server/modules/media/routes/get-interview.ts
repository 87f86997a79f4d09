import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { ZInterview } from '../../../../shared/media';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonResponse, STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { findInterview } from '../commands/interviews';
import { mediaPolicy } from '../policy';
import { presentInterviews } from '../queries/interviews';
import { TAG } from './common';

export const getInterviewRoute = createRoute({
  method: 'get',
  path: '/media/interviews/{id}',
  tags: [TAG],
  summary: 'An interview request',
  request: { params: ZIdParam },
  responses: { 200: jsonResponse(ZInterview), ...STANDARD_ERRORS },
});

export const getInterviewHandler: RouteHandler<typeof getInterviewRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), mediaPolicy, 'media.interview.read');
  const db = c.get('db');
  const [item] = await presentInterviews(db, [await findInterview(db, c.req.valid('param').id)]);
  return c.json(item!, 200);
};
