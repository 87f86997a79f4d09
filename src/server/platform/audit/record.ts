import { desc, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/types';
import type { Actor, RequestMeta } from '../context';
import { entryHash, GENESIS_HASH, jsonSafe } from './hash';
import { auditLog } from './schema';

export type AuditAction =
  | 'create'
  | 'update'
  | 'delete'
  | 'transition'
  | 'approve'
  | 'login'
  | 'login_failed'
  | 'logout'
  | 'import'
  | 'export';

export interface AuditInput {
  actor: Actor | null;
  /** For events without a signed-in actor (a failed login): the name typed. */
  actorLabel?: string;
  meta: RequestMeta | null;
  action: AuditAction;
  entityType: string;
  entityId?: string | null;
  unitId?: string | null;
  before?: unknown;
  after?: unknown;
}

type AuditListener = (entry: Pick<AuditInput, 'action' | 'entityType' | 'entityId'>) => void;
const listeners: AuditListener[] = [];

/**
 * Told of every entry this process appends. Every change is audited, so a module that keeps a
 * short cache of its records forgets it here, whichever command made the change.
 */
export function onAudit(listener: AuditListener): void {
  listeners.push(listener);
}

// Any 64-bit number, the same in every process: it serializes appends to the chain.
const AUDIT_LOCK = 727002;

/**
 * Appends one entry to the audit trail, chained to the last one. Call it inside the transaction
 * that makes the change, so the change and its record commit or fail together.
 */
export async function recordAudit(tx: DbOrTx, input: AuditInput): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK})`);
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  const prevHash = last?.hash ?? GENESIS_HASH;
  const fields = {
    at: new Date(),
    actorId: input.actor?.id ?? null,
    actorLabel: input.actor ? `${input.actor.name} <${input.actor.email}>` : (input.actorLabel ?? null),
    ip: input.meta?.ip ?? null,
    userAgent: input.meta?.userAgent?.slice(0, 300) ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    unitId: input.unitId ?? null,
    before: jsonSafe(input.before),
    after: jsonSafe(input.after),
  };
  await tx.insert(auditLog).values({ ...fields, prevHash, hash: entryHash(prevHash, fields) });
  for (const listener of listeners) listener(input);
}
