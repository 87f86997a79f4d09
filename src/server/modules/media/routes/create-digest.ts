import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { ZDigest } from '../../../../shared/media';
import { recordAudit } from '../../../platform/audit/record';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { AppError } from '../../../platform/errors';
import { jsonBody, jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { createDigest, sendDigest } from '../digest/create';
import { mediaPolicy } from '../policy';
import { TAG } from './common';
import { presentDigest } from './list-digests';

export const createDigestRoute = createRoute({
  method: 'post',
  path: '/media/digests',
  tags: [TAG],
  summary: 'Make a digest now, of what appeared since the last one (and e-mail it to the subscribers if asked)',
  request: { body: jsonBody(z.strictObject({ email: z.boolean().default(false) })) },
  responses: { 201: jsonResponse(ZDigest, 'Created'), ...STANDARD_ERRORS },
});

export const createDigestHandler: RouteHandler<typeof createDigestRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, mediaPolicy, 'media.digest.send');
  const db = c.get('db');
  const row = await createDigest(db, { slot: new Date(), kind: 'manual', actorId: actor.id });
  if (!row) throw new AppError('CONFLICT', { params: { detail: 'digest' } });
  if (c.req.valid('json').email) {
    const services = c.get('services');
    await sendDigest(db, services.mailer, row, services.logger);
  }
  await recordAudit(db, {
    actor,
    meta: c.get('meta'),
    action: 'create',
    entityType: 'media_digest',
    entityId: row.id,
    after: { slot: row.slot },
  });
  return c.json(presentDigest(row), 201);
};
