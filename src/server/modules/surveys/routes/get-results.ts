import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../../platform/context';
import { jsonResponse, STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { surveyResults } from '../queries/results';
import { surveyFor } from './access';

const ZNum = z.number().nullable();

export const ZSurveyResults = z
  .object({
    survey: z.object({
      id: z.string(),
      code: z.string(),
      kind: z.string(),
      title: z.string(),
      year: z.number(),
      quarter: z.number().nullable(),
    }),
    responses: z.number(),
    respondents: z.number(),
    weightedNrr: ZNum,
    ikm: ZNum,
    quality: z.string().nullable(),
    performance: z.string().nullable(),
    highest: z.string().nullable(),
    lowest: z.string().nullable(),
    meanRating: ZNum,
    ratings: z.number(),
    elements: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        answers: z.number(),
        missing: z.number(),
        sum: z.number(),
        nrr: ZNum,
        index: ZNum,
        weight: z.number(),
        weightedNrr: ZNum,
        expectationAnswers: z.number(),
        expectationNrr: ZNum,
        expectationIndex: ZNum,
        gap: ZNum,
        conformity: ZNum,
        quadrant: z.string().nullable(),
        previousIndex: ZNum,
      }),
    ),
    axes: z.object({ expectation: z.number(), satisfaction: z.number() }).nullable(),
    conformity: ZNum,
    quadrants: z.record(z.string(), z.string()),
    demographics: z.array(
      z.object({
        question: z.string(),
        text: z.string(),
        options: z.array(z.object({ value: z.string(), label: z.string(), count: z.number(), pct: z.number() })),
      }),
    ),
    breakdown: z
      .object({
        question: z.string(),
        text: z.string(),
        unanswered: z.number(),
        groups: z.array(
          z.object({
            option: z.string(),
            label: z.string(),
            respondents: z.number(),
            ikm: ZNum,
            quality: z.string().nullable(),
            mean: ZNum,
            elements: z.array(z.object({ code: z.string(), nrr: ZNum, index: ZNum })),
          }),
        ),
      })
      .nullable(),
    previous: z
      .object({
        id: z.string(),
        code: z.string(),
        year: z.number(),
        respondents: z.number(),
        ikm: ZNum,
        quality: z.string().nullable(),
        meanRating: ZNum,
      })
      .nullable(),
    sample: z.object({
      krejcieMorgan: ZNum,
      slovin: ZNum,
      progressPct: ZNum,
      populationSize: ZNum,
      marginOfError: ZNum,
    }),
  })
  .openapi('SurveyResults');

export const getResultsRoute = createRoute({
  method: 'get',
  path: '/surveys/{id}/results',
  tags: ['Survei'],
  summary: 'The index (PermenPANRB 14/2017), each element, the importance–performance diagram, a breakdown and the year before',
  request: {
    params: ZIdParam,
    query: z.object({ by: z.string().max(40).optional().openapi({ description: 'a choice question’s code to break the index down by' }) }),
  },
  responses: { 200: jsonResponse(ZSurveyResults), ...STANDARD_ERRORS },
});

export const getResults: RouteHandler<typeof getResultsRoute, AppEnv> = async (c) => {
  const { survey } = await surveyFor(c, c.req.valid('param').id, 'surveys.read');
  const { by } = c.req.valid('query');
  return c.json(await surveyResults(c.get('db'), survey, c.get('lang'), { by }), 200);
};
