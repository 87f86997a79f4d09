import { z } from '@hono/zod-openapi';
import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
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

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00+07:00`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}

/** Newest first; `beforeId` pages backwards. Dates are days in Jakarta. */
export async function queryAudit(db: Db, filters: TAuditFilters, limit = filters.limit) {
  const where: SQL[] = [];
  if (filters.from) where.push(gte(auditLog.at, new Date(`${filters.from}T00:00:00+07:00`)));
  if (filters.to) where.push(lt(auditLog.at, new Date(nextDay(filters.to))));
  if (filters.actorId) where.push(eq(auditLog.actorId, filters.actorId));
  if (filters.action) where.push(eq(auditLog.action, filters.action));
  if (filters.entityType) where.push(eq(auditLog.entityType, filters.entityType));
  if (filters.entityId) where.push(eq(auditLog.entityId, filters.entityId));
  if (filters.beforeId) where.push(lt(auditLog.id, filters.beforeId));
  return db
    .select()
    .from(auditLog)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(limit);
}

export function presentAuditEntry(row: typeof auditLog.$inferSelect) {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actorId: row.actorId,
    actorLabel: row.actorLabel,
    ip: row.ip,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    before: row.before,
    after: row.after,
    hash: row.hash,
  };
}
