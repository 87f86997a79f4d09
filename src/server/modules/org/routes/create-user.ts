import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { ZCreateUserRequest, ZUser } from '../../../../shared/org';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonBody, jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { createUser as createUserCommand } from '../commands/users';
import { orgPolicy } from '../policy';
import { presentUser } from '../presenters';

export const createUserRoute = createRoute({
  method: 'post',
  path: '/users',
  tags: ['Organisasi'],
  summary: 'Create an account with a first password',
  request: { body: jsonBody(ZCreateUserRequest) },
  responses: { 201: jsonResponse(ZUser, 'Created'), ...STANDARD_ERRORS },
});

export const createUser: RouteHandler<typeof createUserRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, orgPolicy, 'org.user.create');
  const input = c.req.valid('json');
  const row = await c.get('db').transaction((tx) => createUserCommand({ tx, actor, meta: c.get('meta') }, input));
  c.header('Cache-Control', 'no-store');
  return c.json(presentUser(row), 201);
};
