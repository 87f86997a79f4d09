import { z } from '@hono/zod-openapi';
import { and, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/types';
import { auditLog } from './schema';

export const ZAuditFilters = z.object({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  actorId: z.string().max(100).optional(),
  action: z.string().max(40).optional(),
  entityType: z.string().max(60).optional(),
  entityId: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  beforeId: z.coerce.number().int().positive().optional(),
});
export type TAuditFilters = z.infer<typeof ZAuditFilters>;

export const ZAuditEntry = z
  .object({
    id: z.number(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorLabel: z.string().nullable(),
    ip: z.string().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    hash: z.string(),
  })
  .openapi('AuditEntry');
export type TAuditEntry = z.infer<typeof ZAuditEntry>;

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00+07:00`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}

/** The filters as conditions. Dates are days in Jakarta; `beforeId` pages backwards. */
function auditWhere(filters: TAuditFilters): SQL | undefined {
  const where: SQL[] = [];
  if (filters.from) where.push(gte(auditLog.at, new Date(`${filters.from}T00:00:00+07:00`)));
  if (filters.to) where.push(lt(auditLog.at, new Date(nextDay(filters.to))));
  if (filters.actorId) where.push(eq(auditLog.actorId, filters.actorId));
  if (filters.action) where.push(eq(auditLog.action, filters.action));
  if (filters.entityType) where.push(eq(auditLog.entityType, filters.entityType));
  if (filters.entityId) where.push(eq(auditLog.entityId, filters.entityId));
  if (filters.beforeId) where.push(lt(auditLog.id, filters.beforeId));
  return where.length ? and(...where) : undefined;
}

/** Newest first. */
export async function queryAudit(db: Db, filters: TAuditFilters, limit = filters.limit) {
  return db.select().from(auditLog).where(auditWhere(filters)).orderBy(desc(auditLog.id)).limit(limit);
}

/**
 * A page of the trail as the list's response body (`{ items: AuditEntry[] }`). The entries'
 * `before` and `after` come as the database's JSON text and go into the body as they are: reading a
 * hundred of them into objects and writing them out again was most of the server's work for the
 * page. The database writing the whole page (`json_agg`) was slower still (decision record 007).
 */
export async function auditPageBody(db: Db, filters: TAuditFilters): Promise<string> {
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorId: auditLog.actorId,
      actorLabel: auditLog.actorLabel,
      ip: auditLog.ip,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      before: sql<string | null>`${auditLog.before}::text`,
      after: sql<string | null>`${auditLog.after}::text`,
      hash: auditLog.hash,
    })
    .from(auditLog)
    .where(auditWhere(filters))
    .orderBy(desc(auditLog.id))
    .limit(filters.limit);
  const text = JSON.stringify;
  const items = rows.map(
    (r) =>
      `{"id":${r.id},"at":${text(r.at.toISOString())},"actorId":${text(r.actorId)},"actorLabel":${text(r.actorLabel)},` +
      `"ip":${text(r.ip)},"action":${text(r.action)},"entityType":${text(r.entityType)},"entityId":${text(r.entityId)},` +
      `"before":${r.before ?? 'null'},"after":${r.after ?? 'null'},"hash":${text(r.hash)}}`,
  );
  return `{"items":[${items.join(',')}]}`;
}
