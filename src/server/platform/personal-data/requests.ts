import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { DATA_REQUEST_HOURS, type TDataRequest, type TDataRequestCreate, type TDataRequestResolve } from '../../../shared/personal-data';
import type { DbOrTx } from '../../db/types';
import { recordAudit } from '../audit/record';
import { user } from '../auth/schema';
import type { CommandContext } from '../command';
import { AppError, invalidField } from '../errors';
import { personalDataRequests } from './schema';

type Row = typeof personalDataRequests.$inferSelect;

const HOUR = 3_600_000;
/** A clock a little ahead of the server's is not "the future". */
const CLOCK_SKEW = 5 * 60_000;

/** Logs a person's request about their data; the deadline is fixed at receipt + 3 × 24 hours. */
export async function logDataRequest(ctx: CommandContext, subject: { type: string; id: string }, input: TDataRequestCreate): Promise<Row> {
  const receivedAt = input.receivedAt ? new Date(input.receivedAt) : new Date();
  if (receivedAt.getTime() > Date.now() + CLOCK_SKEW)
    throw invalidField('receivedAt', 'Waktu diterima tidak boleh di masa depan', 'The time received cannot be in the future');
  const [row] = await ctx.tx
    .insert(personalDataRequests)
    .values({
      id: crypto.randomUUID(),
      subjectType: subject.type,
      subjectId: subject.id,
      kind: input.kind,
      channel: input.channel,
      receivedAt,
      dueAt: new Date(receivedAt.getTime() + DATA_REQUEST_HOURS * HOUR),
      details: input.details ?? null,
      createdBy: ctx.actor?.id ?? null,
    })
    .returning();
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    meta: ctx.meta,
    action: 'create',
    entityType: 'personal_data_request',
    entityId: row!.id,
    after: row,
  });
  return row!;
}

export async function findDataRequest(tx: DbOrTx, id: string): Promise<Row> {
  const [row] = await tx.select().from(personalDataRequests).where(eq(personalDataRequests.id, id));
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** Closes an open request as done or refused (with the reason the person is told). */
export async function resolveDataRequest(ctx: CommandContext, before: Row, input: TDataRequestResolve): Promise<Row> {
  if (before.status !== 'open') throw new AppError('INVALID_STATE');
  const [after] = await ctx.tx
    .update(personalDataRequests)
    .set({
      status: input.status,
      resolution: input.resolution ?? null,
      resolvedAt: new Date(),
      resolvedBy: ctx.actor?.id ?? null,
      updatedAt: new Date(),
    })
    .where(eq(personalDataRequests.id, before.id))
    .returning();
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    meta: ctx.meta,
    action: 'transition',
    entityType: 'personal_data_request',
    entityId: before.id,
    before: { status: before.status },
    after: { status: after!.status, resolution: after!.resolution },
  });
  return after!;
}

/**
 * Requests of one subject type, open ones first by deadline, then closed ones newest first; with
 * the name of whoever closed each. `where` narrows further (a status, one person).
 */
export async function listDataRequests(tx: DbOrTx, subjectType: string, where?: SQL) {
  const t = personalDataRequests;
  return (
    tx
      .select({ request: t, resolverName: user.name })
      .from(t)
      .leftJoin(user, eq(user.id, t.resolvedBy))
      .where(and(eq(t.subjectType, subjectType), where))
      // Open ones first, the nearest deadline on top; then the closed ones, the latest closed on top.
      .orderBy(sql`${t.status} <> 'open'`, sql`CASE WHEN ${t.status} = 'open' THEN ${t.dueAt} END`, desc(t.resolvedAt))
      .limit(1000)
  );
}

export const openOnly = () => eq(personalDataRequests.status, 'open');
export const closedOnly = () => inArray(personalDataRequests.status, ['done', 'refused']);
export const ofSubject = (id: string) => eq(personalDataRequests.subjectId, id);

/** A request as the API shows it; `late` is judged at `now` for an open one, at its closing for a closed one. */
export function presentDataRequest(row: Row, subjectName: string | null, resolverName: string | null, now = new Date()): TDataRequest {
  const endedAt = row.resolvedAt ?? now;
  return {
    id: row.id,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    subjectName,
    kind: row.kind as TDataRequest['kind'],
    channel: row.channel as TDataRequest['channel'],
    receivedAt: row.receivedAt.toISOString(),
    dueAt: row.dueAt.toISOString(),
    details: row.details,
    status: row.status as TDataRequest['status'],
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    resolvedBy: resolverName,
    resolution: row.resolution,
    late: endedAt > row.dueAt,
  };
}
