import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { authorize } from '../../authorize';
import type { AppEnv } from '../../context';
import { jsonResponse, STANDARD_ERRORS } from '../../openapi';
import { auditPolicy } from '../policy';
import { presentAuditEntry, queryAudit, ZAuditEntry, ZAuditFilters } from '../query';

export const listAuditRoute = createRoute({
  method: 'get',
  path: '/audit',
  tags: ['Audit'],
  summary: 'The audit trail, newest first, with filters',
  request: { query: ZAuditFilters },
  responses: { 200: jsonResponse(z.object({ items: z.array(ZAuditEntry) })), ...STANDARD_ERRORS },
});

export const listAudit: RouteHandler<typeof listAuditRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), auditPolicy, 'audit.read');
  c.header('Cache-Control', 'no-store');
  const rows = await queryAudit(c.get('db'), c.req.valid('query'));
  return c.json({ items: rows.map(presentAuditEntry) }, 200);
};
