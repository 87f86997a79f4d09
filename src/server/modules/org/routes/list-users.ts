import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { asc } from 'drizzle-orm';
import { ZUser } from '../../../../shared/org';
import { user } from '../../../platform/auth/schema';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { orgPolicy } from '../policy';
import { presentUser } from '../presenters';

export const listUsersRoute = createRoute({
  method: 'get',
  path: '/users',
  tags: ['Organisasi'],
  summary: 'Accounts',
  responses: { 200: jsonResponse(z.object({ items: z.array(ZUser) })), ...STANDARD_ERRORS },
});

export const listUsers: RouteHandler<typeof listUsersRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), orgPolicy, 'org.user.read');
  c.header('Cache-Control', 'no-store');
  const rows = await c.get('db').select().from(user).orderBy(asc(user.name));
  return c.json({ items: rows.map(presentUser) }, 200);
};
