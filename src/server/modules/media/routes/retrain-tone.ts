import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { recordAudit } from '../../../platform/audit/record';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { mediaPolicy } from '../policy';
import { retrainToneModel } from '../tone/retrain';
import { TAG } from './common';

export const retrainToneRoute = createRoute({
  method: 'post',
  path: '/media/tone/retrain',
  tags: [TAG],
  summary: 'Retrain the tone model now from the confirmed labels (the nightly job does the same)',
  responses: {
    200: jsonResponse(
      z.object({
        trained: z.boolean(),
        reason: z.string().optional(),
        modelId: z.string().optional(),
        accuracy: z.number().optional(),
        macroF1: z.number().optional(),
      }),
    ),
    ...STANDARD_ERRORS,
  },
});

export const retrainToneHandler: RouteHandler<typeof retrainToneRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, mediaPolicy, 'media.tone.retrain');
  const result = await retrainToneModel(c.get('db'));
  await recordAudit(c.get('db'), { actor, meta: c.get('meta'), action: 'update', entityType: 'media_tone_model', after: result });
  return c.json(result, 200);
};
