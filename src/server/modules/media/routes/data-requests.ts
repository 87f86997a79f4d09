import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { ZDataRequest, ZDataRequestCreate, ZDataRequestResolve } from '../../../../shared/personal-data';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonBody, jsonResponse, STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { listJournalistRequests, logJournalistRequest, resolveJournalistRequest } from '../commands/data-requests';
import { mediaPolicy } from '../policy';
import { TAG } from './common';

/** Journalists' requests about their personal data (UU 27/2022), each with its 3 × 24-hour deadline. */

export const listDataRequestsRoute = createRoute({
  method: 'get',
  path: '/media/data-requests',
  tags: [TAG],
  summary: "Journalists' requests about their personal data, open ones first by deadline (3 × 24 hours from receipt)",
  request: {
    query: z.object({
      status: z.enum(['open', 'closed', 'all']).default('open'),
      journalistId: z.string().uuid().optional(),
    }),
  },
  responses: { 200: jsonResponse(z.object({ items: z.array(ZDataRequest) })), ...STANDARD_ERRORS },
});

export const listDataRequestsHandler: RouteHandler<typeof listDataRequestsRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), mediaPolicy, 'media.contacts.requests.read');
  return c.json({ items: await listJournalistRequests(c.get('db'), c.req.valid('query')) }, 200);
};

export const logDataRequestRoute = createRoute({
  method: 'post',
  path: '/media/journalists/{id}/data-requests',
  tags: [TAG],
  summary: "Log a person's request about their data; its deadline is fixed at receipt + 72 hours",
  request: { params: ZIdParam, body: jsonBody(ZDataRequestCreate) },
  responses: { 201: jsonResponse(ZDataRequest), ...STANDARD_ERRORS },
});

export const logDataRequestHandler: RouteHandler<typeof logDataRequestRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, mediaPolicy, 'media.contacts.personal_data');
  const { id } = c.req.valid('param');
  const db = c.get('db');
  const row = await db.transaction((tx) => logJournalistRequest({ tx, actor, meta: c.get('meta') }, id, c.req.valid('json')));
  const [created] = (await listJournalistRequests(db, { status: 'all', journalistId: id })).filter((r) => r.id === row.id);
  return c.json(created!, 201);
};

export const resolveDataRequestRoute = createRoute({
  method: 'post',
  path: '/media/data-requests/{id}/resolve',
  tags: [TAG],
  summary: 'Close a request as done (an erasure or a restriction only once the record shows it) or refused with its reason',
  request: { params: ZIdParam, body: jsonBody(ZDataRequestResolve) },
  responses: { 200: jsonResponse(ZDataRequest), ...STANDARD_ERRORS },
});

export const resolveDataRequestHandler: RouteHandler<typeof resolveDataRequestRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, mediaPolicy, 'media.contacts.personal_data');
  const { id } = c.req.valid('param');
  const db = c.get('db');
  const row = await db.transaction((tx) => resolveJournalistRequest({ tx, actor, meta: c.get('meta') }, id, c.req.valid('json')));
  const [resolved] = (await listJournalistRequests(db, { status: 'all', journalistId: row.subjectId })).filter((r) => r.id === id);
  return c.json(resolved!, 200);
};
