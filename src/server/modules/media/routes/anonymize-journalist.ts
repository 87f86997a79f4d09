import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { ZJournalist } from '../../../../shared/media';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonResponse, STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { anonymizeJournalist } from '../commands/contacts';
import { mediaPolicy } from '../policy';
import { presentJournalist } from '../presenters-contacts';
import { TAG } from './common';

export const anonymizeJournalistRoute = createRoute({
  method: 'post',
  path: '/media/journalists/{id}/anonymize',
  tags: [TAG],
  summary: "Erase a person's identifying data at their request (kept as 'Anonim' for the counts)",
  request: { params: ZIdParam },
  responses: { 200: jsonResponse(ZJournalist), ...STANDARD_ERRORS },
});

export const anonymizeJournalistHandler: RouteHandler<typeof anonymizeJournalistRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, mediaPolicy, 'media.contacts.personal_data');
  const { id } = c.req.valid('param');
  const row = await c.get('db').transaction((tx) => anonymizeJournalist({ tx, actor, meta: c.get('meta') }, id));
  return c.json(presentJournalist(row), 200);
};
