import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { ZJournalist, ZJournalistRequest } from '../../../../shared/media';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonBody, jsonResponse, STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { saveJournalist } from '../commands/contacts';
import { mediaPolicy } from '../policy';
import { presentJournalist } from '../presenters-contacts';
import { TAG } from './common';

export const updateJournalistRoute = createRoute({
  method: 'put',
  path: '/media/journalists/{id}',
  tags: [TAG],
  summary: "Correct a journalist's record",
  request: { params: ZIdParam, body: jsonBody(ZJournalistRequest) },
  responses: { 200: jsonResponse(ZJournalist), ...STANDARD_ERRORS },
});

export const updateJournalistHandler: RouteHandler<typeof updateJournalistRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, mediaPolicy, 'media.contacts.edit');
  const row = await c
    .get('db')
    .transaction((tx) => saveJournalist({ tx, actor, meta: c.get('meta') }, c.req.valid('param').id, c.req.valid('json')));
  return c.json(presentJournalist(row), 200);
};
