import { asc, gt } from 'drizzle-orm';
import type { Db } from '../../db/types';
import { entryHash, GENESIS_HASH } from './hash';
import { auditLog } from './schema';

export type VerifyResult = { ok: true; entries: number } | { ok: false; entries: number; brokenAt: number; reason: 'content' | 'link' };

/** Walks the chain in order; the first entry whose hash or link does not hold is named. */
export async function verifyAuditChain(db: Db, batchSize = 5000): Promise<VerifyResult> {
  let prevHash = GENESIS_HASH;
  let lastId = 0;
  let count = 0;
  for (;;) {
    const rows = await db.select().from(auditLog).where(gt(auditLog.id, lastId)).orderBy(asc(auditLog.id)).limit(batchSize);
    if (rows.length === 0) return { ok: true, entries: count };
    for (const row of rows) {
      count++;
      if (row.prevHash !== prevHash) return { ok: false, entries: count, brokenAt: row.id, reason: 'link' };
      const expected = entryHash(prevHash, {
        at: row.at,
        actorId: row.actorId,
        actorLabel: row.actorLabel,
        ip: row.ip,
        userAgent: row.userAgent,
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        unitId: row.unitId,
        before: row.before,
        after: row.after,
      });
      if (expected !== row.hash) return { ok: false, entries: count, brokenAt: row.id, reason: 'content' };
      prevHash = row.hash;
      lastId = row.id;
    }
  }
}
