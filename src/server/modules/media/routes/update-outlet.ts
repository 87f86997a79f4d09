import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { ZOutlet, ZOutletRequest } from '../../../../shared/media';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonBody, jsonResponse, STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { saveOutlet } from '../commands/contacts';
import { mediaPolicy } from '../policy';
import { presentOutlet } from '../presenters-contacts';
import { TAG } from './common';

export const updateOutletRoute = createRoute({
  method: 'put',
  path: '/media/outlets/{id}',
  tags: [TAG],
  summary: 'Correct a news outlet',
  request: { params: ZIdParam, body: jsonBody(ZOutletRequest) },
  responses: { 200: jsonResponse(ZOutlet), ...STANDARD_ERRORS },
});

export const updateOutletHandler: RouteHandler<typeof updateOutletRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, mediaPolicy, 'media.contacts.edit');
  const row = await c
    .get('db')
    .transaction((tx) => saveOutlet({ tx, actor, meta: c.get('meta') }, c.req.valid('param').id, c.req.valid('json')));
  return c.json(presentOutlet(row), 200);
};
