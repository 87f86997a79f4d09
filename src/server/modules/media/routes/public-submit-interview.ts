import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { ZPublicInterviewRequest } from '../../../../shared/media';
import type { AppEnv } from '../../../platform/context';
import { jsonBody, jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { submitPublicInterview } from '../commands/public-interview';
import { TAG } from './common';

export const publicSubmitInterviewRoute = createRoute({
  method: 'post',
  path: '/public/interview-requests',
  tags: [TAG],
  summary: 'The public form: a journalist files an interview request without an account and gets a tracking code',
  request: { body: jsonBody(ZPublicInterviewRequest) },
  responses: {
    201: jsonResponse(z.object({ number: z.string(), trackingCode: z.string(), receivedAt: z.string() }), 'Received'),
    400: STANDARD_ERRORS[400],
    429: jsonResponse(STANDARD_ERRORS[400].content['application/json'].schema, 'Too many requests from this address'),
  },
});

/** No `authorize`: this route is public. Spam is held off by the honeypot and the per-address limit. */
export const publicSubmitInterviewHandler: RouteHandler<typeof publicSubmitInterviewRoute, AppEnv> = async (c) => {
  const ack = await submitPublicInterview(c.get('db'), c.req.valid('json'), c.get('meta'));
  return c.json(ack, 201);
};
