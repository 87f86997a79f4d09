import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { deleteRelease } from '../commands/releases';
import { mediaPolicy } from '../policy';
import { TAG } from './common';

export const deleteReleaseRoute = createRoute({
  method: 'delete',
  path: '/media/releases/{id}',
  tags: [TAG],
  summary: 'Delete a press release or clarification recorded by mistake (the audit trail keeps it)',
  request: { params: ZIdParam },
  responses: { 204: { description: 'Deleted' }, ...STANDARD_ERRORS },
});

export const deleteReleaseHandler: RouteHandler<typeof deleteReleaseRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, mediaPolicy, 'media.release.edit');
  const { id } = c.req.valid('param');
  await c.get('db').transaction((tx) => deleteRelease({ tx, actor, meta: c.get('meta') }, id));
  return c.body(null, 204);
};
