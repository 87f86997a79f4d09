import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import type { MeasureRegistry } from '../measures';
import { performancePolicy } from '../policy';
import { buildTargetAdvice } from '../queries/target-advice';
import { ZYearParam } from './get-dashboard';

const ZAdvice = z
  .object({
    year: z.number(),
    nextYear: z.number(),
    items: z.array(
      z.object({
        indicatorId: z.string(),
        code: z.string(),
        name: z.string(),
        nameEn: z.string().nullable(),
        unit: z.string(),
        decimals: z.number(),
        history: z.array(
          z.object({
            year: z.number(),
            target: z.number().nullable(),
            realization: z.number().nullable(),
            achievementPct: z.number().nullable(),
          }),
        ),
        suggested: z.number().nullable(),
        reason: z.enum(['no_history', 'trend', 'target_too_low', 'keep']),
      }),
    ),
  })
  .openapi('TargetAdvice');

export const getTargetAdviceRoute = createRoute({
  method: 'get',
  path: '/performance/years/{year}/target-advice',
  tags: ['Kinerja'],
  summary: "Target advisor: each indicator's last realizations and a suggested target for the next year",
  request: { params: ZYearParam },
  responses: { 200: jsonResponse(ZAdvice), ...STANDARD_ERRORS },
});

export const getTargetAdvice =
  (measures: MeasureRegistry): RouteHandler<typeof getTargetAdviceRoute, AppEnv> =>
  async (c) => {
    authorize(c.get('actor'), performancePolicy, 'performance.read');
    return c.json(await buildTargetAdvice(c.get('db'), measures, c.req.valid('param').year), 200);
  };
