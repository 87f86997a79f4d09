import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { ZUpdateUserRequest, ZUser } from '../../../../shared/org';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonBody, jsonResponse, STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { updateUser as updateUserCommand } from '../commands/users';
import { orgPolicy } from '../policy';
import { presentUser } from '../presenters';

export const updateUserRoute = createRoute({
  method: 'patch',
  path: '/users/{id}',
  tags: ['Organisasi'],
  summary: 'Change an account (role, unit, language, active)',
  request: { params: ZIdParam, body: jsonBody(ZUpdateUserRequest) },
  responses: { 200: jsonResponse(ZUser), ...STANDARD_ERRORS },
});

export const updateUser: RouteHandler<typeof updateUserRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, orgPolicy, 'org.user.update');
  const { id } = c.req.valid('param');
  const input = c.req.valid('json');
  const row = await c.get('db').transaction((tx) => updateUserCommand({ tx, actor, meta: c.get('meta') }, id, input));
  c.header('Cache-Control', 'no-store');
  return c.json(presentUser(row), 200);
};
