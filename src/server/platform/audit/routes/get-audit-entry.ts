import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import type { JSONValue } from 'hono/utils/types';
import { authorize } from '../../authorize';
import type { AppEnv } from '../../context';
import { AppError } from '../../errors';
import { jsonResponse, STANDARD_ERRORS } from '../../openapi';
import { auditPolicy } from '../policy';
import { findAuditEntry, type TAuditEntry, ZAuditEntry } from '../query';

export const getAuditEntryRoute = createRoute({
  method: 'get',
  path: '/audit/{id}',
  tags: ['Audit'],
  summary: 'One entry of the audit trail with the record before and after, and its hash',
  request: { params: z.object({ id: z.coerce.number().int().positive() }) },
  responses: { 200: jsonResponse(ZAuditEntry), ...STANDARD_ERRORS },
});

/** The entry as the route declares it; `before` and `after` are whatever JSON was recorded. */
type TAuditEntryJson = Omit<TAuditEntry, 'before' | 'after'> & { before: JSONValue; after: JSONValue };

export const getAuditEntry: RouteHandler<typeof getAuditEntryRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), auditPolicy, 'audit.read');
  c.header('Cache-Control', 'no-store');
  const entry = await findAuditEntry(c.get('db'), c.req.valid('param').id);
  if (!entry) throw new AppError('NOT_FOUND');
  return c.json(entry as TAuditEntryJson, 200);
};
