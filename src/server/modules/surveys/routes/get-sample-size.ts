import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { surveysPolicy } from '../policy';
import { CHI_SQUARE_95, krejcieMorgan, PROPORTION, slovin } from '../sample-size';

export const getSampleSizeRoute = createRoute({
  method: 'get',
  path: '/survey-tools/sample-size',
  tags: ['Survei'],
  summary: 'Required sample for a population and margin of error: Krejcie–Morgan (χ² = 3,841, P = 0,5) and Slovin',
  request: {
    query: z.object({
      population: z.coerce.number().int().min(1).max(1e9),
      margin: z.coerce.number().gt(0).lt(1).openapi({ description: 'as a fraction: 0.05 for 5%' }),
    }),
  },
  responses: {
    200: jsonResponse(
      z.object({
        population: z.number(),
        margin: z.number(),
        chiSquare: z.number(),
        proportion: z.number(),
        krejcieMorgan: z.number(),
        slovin: z.number(),
      }),
    ),
    ...STANDARD_ERRORS,
  },
});

export const getSampleSize: RouteHandler<typeof getSampleSizeRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), surveysPolicy, 'surveys.read');
  const { population, margin } = c.req.valid('query');
  return c.json(
    {
      population,
      margin,
      chiSquare: CHI_SQUARE_95,
      proportion: PROPORTION,
      krejcieMorgan: krejcieMorgan(population, margin),
      slovin: slovin(population, margin),
    },
    200,
  );
};
