import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { ZCreateInterviewRequest, ZInterview } from '../../../../shared/media';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { AppError } from '../../../platform/errors';
import { jsonBody, jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { createInterview } from '../commands/interviews';
import { mediaPolicy } from '../policy';
import { presentInterviews } from '../queries/interviews';
import { TAG } from './common';

export const createInterviewRoute = createRoute({
  method: 'post',
  path: '/media/interviews',
  tags: [TAG],
  summary: 'Record a request that arrived by WhatsApp, e-mail or phone',
  request: { body: jsonBody(ZCreateInterviewRequest) },
  responses: { 201: jsonResponse(ZInterview, 'Created'), ...STANDARD_ERRORS },
});

export const createInterviewHandler: RouteHandler<typeof createInterviewRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, mediaPolicy, 'media.interview.edit');
  const { receivedAt, ...input } = c.req.valid('json');
  const at = receivedAt ? new Date(receivedAt) : new Date();
  if (at.getTime() > Date.now() + 5 * 60_000) {
    throw new AppError('VALIDATION', {
      fields: [{ path: 'receivedAt', message: 'Waktu diterima di masa depan. / Received in the future.' }],
    });
  }
  const db = c.get('db');
  const row = await db.transaction((tx) => createInterview({ tx, actor, meta: c.get('meta') }, { ...input, receivedAt: at }));
  const [item] = await presentInterviews(db, [row]);
  return c.json(item!, 201);
};
