import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { ZJournalist } from '../../../../shared/media';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonBody, jsonResponse, STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { restrictJournalist } from '../commands/contacts';
import { mediaPolicy } from '../policy';
import { presentJournalist } from '../presenters-contacts';
import { TAG } from './common';

export const restrictJournalistRoute = createRoute({
  method: 'post',
  path: '/media/journalists/{id}/restrict',
  tags: [TAG],
  summary: "Restrict (or lift the restriction of) the processing of a person's data",
  request: { params: ZIdParam, body: jsonBody(z.strictObject({ restricted: z.boolean() })) },
  responses: { 200: jsonResponse(ZJournalist), ...STANDARD_ERRORS },
});

export const restrictJournalistHandler: RouteHandler<typeof restrictJournalistRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, mediaPolicy, 'media.contacts.personal_data');
  const { id } = c.req.valid('param');
  const row = await c
    .get('db')
    .transaction((tx) => restrictJournalist({ tx, actor, meta: c.get('meta') }, id, c.req.valid('json').restricted));
  return c.json(presentJournalist(row), 200);
};
