import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { ZSubmitResponseRequest } from '../../../../shared/surveys';
import type { AppEnv } from '../../../platform/context';
import { jsonBody, jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { submitResponse as submitCommand } from '../commands/respond';
import { ZTokenParam } from './access';

export const submitResponseRoute = createRoute({
  method: 'post',
  path: '/public/surveys/{token}/responses',
  tags: ['Survei (publik)'],
  summary: 'A respondent’s answers (consent required; limited per address and hour; one per invitation)',
  request: { params: ZTokenParam, body: jsonBody(ZSubmitResponseRequest) },
  responses: {
    201: jsonResponse(z.object({ received: z.literal(true) }), 'Received'),
    ...STANDARD_ERRORS,
    429: STANDARD_ERRORS[400],
  },
});

/** Public: no `authorize` — the token is the permission. The answer never reveals whether it was stored. */
export const submitResponse: RouteHandler<typeof submitResponseRoute, AppEnv> = async (c) => {
  await submitCommand(c.get('db'), {
    token: c.req.valid('param').token,
    request: c.req.valid('json'),
    meta: c.get('meta'),
    lang: c.get('lang'),
  });
  return c.json({ received: true as const }, 201);
};
