import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { ZOutlet, ZOutletRequest } from '../../../../shared/media';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonBody, jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { saveOutlet } from '../commands/contacts';
import { mediaPolicy } from '../policy';
import { presentOutlet } from '../presenters-contacts';
import { TAG } from './common';

export const createOutletRoute = createRoute({
  method: 'post',
  path: '/media/outlets',
  tags: [TAG],
  summary: 'Add a news outlet',
  request: { body: jsonBody(ZOutletRequest) },
  responses: { 201: jsonResponse(ZOutlet), ...STANDARD_ERRORS },
});

export const createOutletHandler: RouteHandler<typeof createOutletRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, mediaPolicy, 'media.contacts.edit');
  const row = await c.get('db').transaction((tx) => saveOutlet({ tx, actor, meta: c.get('meta') }, null, c.req.valid('json')));
  return c.json(presentOutlet(row), 201);
};
