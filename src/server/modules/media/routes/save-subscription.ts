import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/record';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { AppError } from '../../../platform/errors';
import { jsonBody, jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { units } from '../../org';
import { mediaPolicy } from '../policy';
import { mediaDigestSubscriptions } from '../schema';
import { TAG } from './common';

import { ZSubscription } from './list-subscriptions';

export const saveSubscriptionRoute = createRoute({
  method: 'put',
  path: '/media/digest-subscriptions',
  tags: [TAG],
  summary: "Subscribe a unit's address to the digest, or switch a subscription off (active: false)",
  request: {
    body: jsonBody(
      z.strictObject({
        unitId: z.string().uuid(),
        email: z.string().trim().toLowerCase().email().max(254),
        active: z.boolean().default(true),
      }),
    ),
  },
  responses: { 200: jsonResponse(ZSubscription), ...STANDARD_ERRORS },
});

export const saveSubscriptionHandler: RouteHandler<typeof saveSubscriptionRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, mediaPolicy, 'media.settings.edit');
  const input = c.req.valid('json');
  const row = await c.get('db').transaction(async (tx) => {
    const [unit] = await tx.select({ id: units.id }).from(units).where(eq(units.id, input.unitId));
    if (!unit) throw new AppError('VALIDATION', { fields: [{ path: 'unitId', message: 'Unit tidak ditemukan. / Unknown unit.' }] });
    const [existing] = await tx
      .select()
      .from(mediaDigestSubscriptions)
      .where(and(eq(mediaDigestSubscriptions.unitId, input.unitId), eq(mediaDigestSubscriptions.email, input.email)));
    const [saved] = existing
      ? await tx
          .update(mediaDigestSubscriptions)
          .set({ active: input.active })
          .where(eq(mediaDigestSubscriptions.id, existing.id))
          .returning()
      : await tx
          .insert(mediaDigestSubscriptions)
          .values({ id: crypto.randomUUID(), ...input })
          .returning();
    await recordAudit(tx, {
      actor,
      meta: c.get('meta'),
      action: existing ? 'update' : 'create',
      entityType: 'media_digest_subscription',
      entityId: saved!.id,
      unitId: input.unitId,
      before: existing,
      after: saved,
    });
    return saved!;
  });
  return c.json({ id: row.id, unitId: row.unitId, email: row.email, active: row.active }, 200);
};
