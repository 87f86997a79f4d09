import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { ZUnit, ZUpdateUnitRequest } from '../../../../shared/org';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonBody, jsonResponse, STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { updateUnit as updateUnitCommand } from '../commands/units';
import { orgPolicy } from '../policy';
import { presentUnit } from '../presenters';

export const updateUnitRoute = createRoute({
  method: 'patch',
  path: '/units/{id}',
  tags: ['Organisasi'],
  summary: 'Change a unit (name, parent, kind, active)',
  request: { params: ZIdParam, body: jsonBody(ZUpdateUnitRequest) },
  responses: { 200: jsonResponse(ZUnit), ...STANDARD_ERRORS },
});

export const updateUnit: RouteHandler<typeof updateUnitRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, orgPolicy, 'org.unit.update');
  const { id } = c.req.valid('param');
  const input = c.req.valid('json');
  const row = await c.get('db').transaction((tx) => updateUnitCommand({ tx, actor, meta: c.get('meta') }, id, input));
  return c.json(presentUnit(row), 200);
};
