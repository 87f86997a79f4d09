import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { asc } from 'drizzle-orm';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { mediaPolicy } from '../policy';
import { mediaDigestSubscriptions } from '../schema';
import { TAG } from './common';

export const ZSubscription = z
  .object({ id: z.string(), unitId: z.string(), email: z.string(), active: z.boolean() })
  .openapi('DigestSubscription');

export const listSubscriptionsRoute = createRoute({
  method: 'get',
  path: '/media/digest-subscriptions',
  tags: [TAG],
  summary: 'The units that receive the digest by e-mail, and where',
  responses: { 200: jsonResponse(z.object({ items: z.array(ZSubscription) })), ...STANDARD_ERRORS },
});

export const listSubscriptionsHandler: RouteHandler<typeof listSubscriptionsRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), mediaPolicy, 'media.settings.edit');
  const rows = await c.get('db').select().from(mediaDigestSubscriptions).orderBy(asc(mediaDigestSubscriptions.email));
  return c.json({ items: rows.map(({ id, unitId, email, active }) => ({ id, unitId, email, active })) }, 200);
};
