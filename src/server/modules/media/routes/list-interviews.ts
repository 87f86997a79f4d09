import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { ZInterview, ZInterviewStatus } from '../../../../shared/media';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { mediaPolicy } from '../policy';
import { listInterviews } from '../queries/interviews';
import { TAG, ZPage } from './common';

export const listInterviewsRoute = createRoute({
  method: 'get',
  path: '/media/interviews',
  tags: [TAG],
  summary: 'Interview requests, newest first, with their response times',
  request: {
    query: ZPage.extend({
      status: ZInterviewStatus.optional(),
      from: z.iso.date().optional(),
      to: z.iso.date().optional(),
      q: z.string().trim().max(200).optional(),
    }),
  },
  responses: { 200: jsonResponse(z.object({ items: z.array(ZInterview), total: z.number().int() })), ...STANDARD_ERRORS },
});

export const listInterviewsHandler: RouteHandler<typeof listInterviewsRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), mediaPolicy, 'media.interview.read');
  const { limit, offset, ...filters } = c.req.valid('query');
  return c.json(await listInterviews(c.get('db'), filters, { limit, offset }), 200);
};
