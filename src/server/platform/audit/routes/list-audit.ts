import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { authorize } from '../../authorize';
import type { AppEnv } from '../../context';
import { jsonResponse, preparedJson, STANDARD_ERRORS } from '../../openapi';
import { auditPolicy } from '../policy';
import { auditPageBody, type TAuditListItem, ZAuditFilters, ZAuditListItem } from '../query';

export const listAuditRoute = createRoute({
  method: 'get',
  path: '/audit',
  tags: ['Audit'],
  summary: 'The audit trail, newest first, with filters',
  request: { query: ZAuditFilters },
  responses: { 200: jsonResponse(z.object({ items: z.array(ZAuditListItem) })), ...STANDARD_ERRORS },
});

type TAuditPage = { items: TAuditListItem[] };

export const listAudit: RouteHandler<typeof listAuditRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), auditPolicy, 'audit.read');
  c.header('Cache-Control', 'no-store');
  return preparedJson<TAuditPage>(c, await auditPageBody(c.get('db'), c.req.valid('query')));
};
