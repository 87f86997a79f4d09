import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { authorize } from '../../authorize';
import type { AppEnv } from '../../context';
import { attachmentHeader, EXPORT_CONTENT_TYPES, exportRows } from '../../exports/export';
import { STANDARD_ERRORS } from '../../openapi';
import { recordAudit } from '../record';
import { auditPolicy } from '../policy';
import { queryAudit, ZAuditFilters } from '../query';

export const exportAuditRoute = createRoute({
  method: 'get',
  path: '/audit/export',
  tags: ['Audit'],
  summary: 'The filtered audit trail as XLSX or CSV (up to 100.000 entries)',
  request: { query: ZAuditFilters.extend({ format: z.enum(['xlsx', 'csv']).default('xlsx') }) },
  responses: { 200: { description: 'The file' }, ...STANDARD_ERRORS },
});

const HEADERS = {
  id: {
    id: 'No.',
    at: 'Waktu',
    actor: 'Pelaku',
    ip: 'Alamat IP',
    action: 'Tindakan',
    entity: 'Jenis data',
    entityId: 'ID data',
    before: 'Sebelum',
    after: 'Sesudah',
    hash: 'Hash',
  },
  en: {
    id: 'No.',
    at: 'Time',
    actor: 'Actor',
    ip: 'IP address',
    action: 'Action',
    entity: 'Record type',
    entityId: 'Record ID',
    before: 'Before',
    after: 'After',
    hash: 'Hash',
  },
} as const;

export const exportAudit: RouteHandler<typeof exportAuditRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, auditPolicy, 'audit.export');
  const { format, ...filters } = c.req.valid('query');
  const db = c.get('db');
  const rows = await queryAudit(db, filters, 100_000);
  const h = HEADERS[c.get('lang')];
  const bytes = await exportRows(
    rows,
    [
      { header: h.id, value: (r) => r.id, width: 8 },
      { header: h.at, value: (r) => r.at, width: 22 },
      { header: h.actor, value: (r) => r.actorLabel, width: 30 },
      { header: h.ip, value: (r) => r.ip },
      { header: h.action, value: (r) => r.action },
      { header: h.entity, value: (r) => r.entityType },
      { header: h.entityId, value: (r) => r.entityId, width: 38 },
      { header: h.before, value: (r) => (r.before == null ? '' : JSON.stringify(r.before)), width: 50 },
      { header: h.after, value: (r) => (r.after == null ? '' : JSON.stringify(r.after)), width: 50 },
      { header: h.hash, value: (r) => r.hash, width: 66 },
    ],
    format,
    'Audit',
  );
  await recordAudit(db, {
    actor,
    meta: c.get('meta'),
    action: 'export',
    entityType: 'audit_log',
    after: { filters, format, rows: rows.length },
  });
  c.header('Content-Type', EXPORT_CONTENT_TYPES[format]);
  c.header('Content-Disposition', attachmentHeader(`audit-trail.${format}`));
  c.header('Cache-Control', 'no-store');
  return c.body(bytes as unknown as ArrayBuffer, 200);
};
