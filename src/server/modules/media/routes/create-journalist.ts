import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { ZJournalist, ZJournalistRequest } from '../../../../shared/media';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonBody, jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { saveJournalist } from '../commands/contacts';
import { mediaPolicy } from '../policy';
import { presentJournalist } from '../presenters-contacts';
import { TAG } from './common';

export const createJournalistRoute = createRoute({
  method: 'post',
  path: '/media/journalists',
  tags: [TAG],
  summary: 'Add a journalist to the media contacts, with the legal basis and consent',
  request: { body: jsonBody(ZJournalistRequest) },
  responses: { 201: jsonResponse(ZJournalist), ...STANDARD_ERRORS },
});

export const createJournalistHandler: RouteHandler<typeof createJournalistRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, mediaPolicy, 'media.contacts.edit');
  const row = await c.get('db').transaction((tx) => saveJournalist({ tx, actor, meta: c.get('meta') }, null, c.req.valid('json')));
  return c.json(presentJournalist(row), 201);
};
