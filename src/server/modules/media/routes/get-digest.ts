import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { ZDigest } from '../../../../shared/media';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { AppError } from '../../../platform/errors';
import { jsonResponse, STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { mediaPolicy } from '../policy';
import { mediaDigests } from '../schema';
import { TAG } from './common';
import { presentDigest } from './list-digests';

export const getDigestRoute = createRoute({
  method: 'get',
  path: '/media/digests/{id}',
  tags: [TAG],
  summary: 'A digest: counts by tone and media type, the negative items first, rising issues, early-warning alerts',
  request: { params: ZIdParam },
  responses: { 200: jsonResponse(ZDigest), ...STANDARD_ERRORS },
});

export const getDigestHandler: RouteHandler<typeof getDigestRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), mediaPolicy, 'media.digest.read');
  const [row] = await c
    .get('db')
    .select()
    .from(mediaDigests)
    .where(eq(mediaDigests.id, c.req.valid('param').id));
  if (!row) throw new AppError('NOT_FOUND');
  return c.json(presentDigest(row), 200);
};
