import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { surveysPolicy } from '../policy';
import { internalSatisfaction } from '../queries/internal';

const ZMean = z.object({ count: z.number(), sum: z.number(), mean: z.number().nullable() });

export const getInternalSatisfactionRoute = createRoute({
  method: 'get',
  path: '/survey-tools/internal-satisfaction',
  tags: ['Survei'],
  summary: 'Internal satisfaction of a year: the mean rating (1–4) per service and quarter, and for the period',
  request: {
    query: z.object({
      year: z.coerce.number().int().min(2000).max(2100),
      quarter: z.coerce.number().int().min(1).max(4).default(4).openapi({ description: 'up to this quarter' }),
    }),
  },
  responses: {
    200: jsonResponse(
      z.object({
        year: z.number(),
        services: z.array(z.object({ code: z.string(), name: z.string() })),
        quarters: z.array(
          ZMean.extend({
            quarter: z.number().nullable(),
            surveyId: z.string(),
            code: z.string(),
            responses: z.number(),
            services: z.record(z.string(), ZMean),
          }),
        ),
        total: ZMean,
      }),
    ),
    ...STANDARD_ERRORS,
  },
});

export const getInternalSatisfaction: RouteHandler<typeof getInternalSatisfactionRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), surveysPolicy, 'surveys.read');
  const { year, quarter } = c.req.valid('query');
  const { responses: _, ...result } = await internalSatisfaction(c.get('db'), year, quarter, c.get('lang'));
  return c.json(result, 200);
};
