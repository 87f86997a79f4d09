import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import type { JSONValue } from 'hono/utils/types';
import { authorize } from '../../authorize';
import type { AppEnv } from '../../context';
import { jsonResponse, preparedJson, STANDARD_ERRORS } from '../../openapi';
import { auditPolicy } from '../policy';
import { auditPageBody, type TAuditEntry, ZAuditEntry, ZAuditFilters } from '../query';

export const listAuditRoute = createRoute({
  method: 'get',
  path: '/audit',
  tags: ['Audit'],
  summary: 'The audit trail, newest first, with filters',
  request: { query: ZAuditFilters },
  responses: { 200: jsonResponse(z.object({ items: z.array(ZAuditEntry) })), ...STANDARD_ERRORS },
});

/** The page as the route declares it; an entry's `before` and `after` are whatever JSON was recorded. */
type TAuditPage = { items: (Omit<TAuditEntry, 'before' | 'after'> & { before: JSONValue; after: JSONValue })[] };

export const listAudit: RouteHandler<typeof listAuditRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), auditPolicy, 'audit.read');
  c.header('Cache-Control', 'no-store');
  return preparedJson<TAuditPage>(c, await auditPageBody(c.get('db'), c.req.valid('query')));
};
