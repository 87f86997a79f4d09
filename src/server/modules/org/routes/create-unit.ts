import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { ZCreateUnitRequest, ZUnit } from '../../../../shared/org';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonBody, jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { createUnit as createUnitCommand } from '../commands/units';
import { orgPolicy } from '../policy';
import { presentUnit } from '../presenters';

export const createUnitRoute = createRoute({
  method: 'post',
  path: '/units',
  tags: ['Organisasi'],
  summary: 'Create a unit',
  request: { body: jsonBody(ZCreateUnitRequest) },
  responses: { 201: jsonResponse(ZUnit, 'Created'), ...STANDARD_ERRORS },
});

export const createUnit: RouteHandler<typeof createUnitRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, orgPolicy, 'org.unit.create');
  const input = c.req.valid('json');
  const row = await c.get('db').transaction((tx) => createUnitCommand({ tx, actor, meta: c.get('meta') }, input));
  return c.json(presentUnit(row), 201);
};
