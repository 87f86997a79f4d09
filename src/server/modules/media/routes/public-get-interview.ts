import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { ZPublicInterviewStatus } from '../../../../shared/media';
import type { AppEnv } from '../../../platform/context';
import { AppError } from '../../../platform/errors';
import { jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { presentPublicStatus } from '../presenters';
import { mediaInterviewRequests } from '../schema';
import { normalizeTrackingCode } from '../tracking-code';
import { TAG } from './common';

export const publicGetInterviewRoute = createRoute({
  method: 'get',
  path: '/public/interview-requests/{code}',
  tags: [TAG],
  summary: "A request's status by its tracking code (no account; no one's personal data in the answer)",
  request: {
    params: z.object({
      code: z
        .string()
        .max(60)
        .openapi({ param: { name: 'code', in: 'path' } }),
    }),
  },
  responses: { 200: jsonResponse(ZPublicInterviewStatus), 404: STANDARD_ERRORS[404] },
});

export const publicGetInterviewHandler: RouteHandler<typeof publicGetInterviewRoute, AppEnv> = async (c) => {
  const code = normalizeTrackingCode(c.req.valid('param').code);
  if (!code) throw new AppError('NOT_FOUND');
  const [row] = await c.get('db').select().from(mediaInterviewRequests).where(eq(mediaInterviewRequests.trackingCode, code));
  if (!row) throw new AppError('NOT_FOUND');
  return c.json(presentPublicStatus(row), 200);
};
