import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { mediaPolicy } from '../policy';
import { interviewSummary } from '../queries/interviews';
import { TAG } from './common';

export const interviewSummaryRoute = createRoute({
  method: 'get',
  path: '/media/interviews/summary',
  tags: [TAG],
  summary: "A year's requests: received, followed up (IKK9's measure), by outcome and reason, median response time",
  request: { query: z.object({ year: z.coerce.number().int().min(2000).max(2100) }) },
  responses: {
    200: jsonResponse(
      z.object({
        year: z.number(),
        received: z.number(),
        fulfilled: z.number(),
        open: z.number(),
        followupPct: z.number().nullable(),
        byOutcome: z.object({ direct: z.number(), written: z.number(), talkshow: z.number(), declined: z.number() }),
        byReason: z.record(z.string(), z.number()),
        medianResponseHours: z.number().nullable(),
      }),
    ),
    ...STANDARD_ERRORS,
  },
});

export const interviewSummaryHandler: RouteHandler<typeof interviewSummaryRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), mediaPolicy, 'media.interview.read');
  return c.json(await interviewSummary(c.get('db'), c.req.valid('query').year), 200);
};
