import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { desc, sql } from 'drizzle-orm';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { mediaPolicy } from '../policy';
import { mediaNews, mediaToneModels } from '../schema';
import { MIN_TRAINING_LABELS } from '../tone/retrain';
import { TAG } from './common';

const ZScores = z.object({ precision: z.number(), recall: z.number(), f1: z.number(), support: z.number() });

export const getToneModelRoute = createRoute({
  method: 'get',
  path: '/media/tone/model',
  tags: [TAG],
  summary: "The tone classifier: the active model's accuracy, macro-F1 and confusion matrix on held-out confirmed items, and its history",
  responses: {
    200: jsonResponse(
      z.object({
        active: z
          .object({
            id: z.string(),
            trainedAt: z.string(),
            trainItems: z.number(),
            testItems: z.number(),
            accuracy: z.number().nullable(),
            macroF1: z.number().nullable(),
            trainSeconds: z.number(),
            perClass: z.record(z.string(), ZScores),
            confusion: z.array(z.array(z.number())),
            lexicon: z.object({ accuracy: z.number(), macroF1: z.number() }),
          })
          .nullable(),
        history: z.array(
          z.object({
            id: z.string(),
            trainedAt: z.string(),
            accuracy: z.number().nullable(),
            macroF1: z.number().nullable(),
            trainItems: z.number(),
          }),
        ),
        labels: z.object({ confirmed: z.number(), minimum: z.number() }),
        suggestions: z.object({ shown: z.number(), accepted: z.number() }),
      }),
    ),
    ...STANDARD_ERRORS,
  },
});

export const getToneModelHandler: RouteHandler<typeof getToneModelRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), mediaPolicy, 'media.read');
  const db = c.get('db');
  const models = await db
    .select({
      id: mediaToneModels.id,
      trainedAt: mediaToneModels.trainedAt,
      trainItems: mediaToneModels.trainItems,
      testItems: mediaToneModels.testItems,
      accuracy: mediaToneModels.accuracy,
      macroF1: mediaToneModels.macroF1,
      metrics: mediaToneModels.metrics,
      active: mediaToneModels.active,
      trainSeconds: mediaToneModels.trainSeconds,
    })
    .from(mediaToneModels)
    .orderBy(desc(mediaToneModels.trainedAt))
    .limit(30);
  const [labels] = await db
    .select({
      confirmed: sql<number>`count(*) FILTER (WHERE ${mediaNews.tone} IS NOT NULL)::int`,
      shown: sql<number>`count(*) FILTER (WHERE ${mediaNews.suggestionAccepted} IS NOT NULL)::int`,
      accepted: sql<number>`count(*) FILTER (WHERE ${mediaNews.suggestionAccepted})::int`,
    })
    .from(mediaNews);
  const active = models.find((m) => m.active);
  const metrics = active?.metrics as
    | { perClass: Record<string, z.infer<typeof ZScores>>; confusion: number[][]; lexicon: { accuracy: number; macroF1: number } }
    | undefined;
  return c.json(
    {
      active:
        active && metrics
          ? { ...active, trainedAt: active.trainedAt.toISOString(), ...metrics, metrics: undefined, active: undefined }
          : null,
      history: models.map((m) => ({
        id: m.id,
        trainedAt: m.trainedAt.toISOString(),
        accuracy: m.accuracy,
        macroF1: m.macroF1,
        trainItems: m.trainItems,
      })),
      labels: { confirmed: labels?.confirmed ?? 0, minimum: MIN_TRAINING_LABELS },
      suggestions: { shown: labels?.shown ?? 0, accepted: labels?.accepted ?? 0 },
    },
    200,
  );
};
