import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { TJournalistRequest } from '../../../../shared/media';
import type { z } from 'zod';
import type { ZOutletRequest } from '../../../../shared/media';
import type { DbOrTx } from '../../../db/types';
import { recordAudit } from '../../../platform/audit/record';
import { auditLog } from '../../../platform/audit/schema';
import type { CommandContext } from '../../../platform/command';
import { AppError } from '../../../platform/errors';
import { anonymizeRequestsOfPerson, requestsOfPerson } from './interviews';
import { nameKey } from '../normalize';
import { mediaInterviewRequests, mediaJournalists, mediaOutlets } from '../schema';

export async function saveOutlet(ctx: CommandContext, id: string | null, input: z.infer<typeof ZOutletRequest>) {
  const key = nameKey(input.name);
  const [clash] = await ctx.tx
    .select({ id: mediaOutlets.id })
    .from(mediaOutlets)
    .where(and(eq(mediaOutlets.nameKey, key), id ? ne(mediaOutlets.id, id) : undefined));
  if (clash) throw new AppError('DUPLICATE', { params: { field: input.name }, fields: [{ path: 'name', message: input.name }] });
  const values = { ...input, nameKey: key, region: input.region ?? null, website: input.website ?? null, updatedAt: new Date() };
  if (!id) {
    const [row] = await ctx.tx
      .insert(mediaOutlets)
      .values({ id: crypto.randomUUID(), ...values })
      .returning();
    await recordAudit(ctx.tx, {
      actor: ctx.actor,
      meta: ctx.meta,
      action: 'create',
      entityType: 'media_outlet',
      entityId: row!.id,
      after: row,
    });
    return row!;
  }
  const [before] = await ctx.tx.select().from(mediaOutlets).where(eq(mediaOutlets.id, id));
  if (!before) throw new AppError('NOT_FOUND');
  const [after] = await ctx.tx.update(mediaOutlets).set(values).where(eq(mediaOutlets.id, id)).returning();
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    meta: ctx.meta,
    action: 'update',
    entityType: 'media_outlet',
    entityId: id,
    before,
    after,
  });
  return after!;
}

export async function findJournalist(tx: DbOrTx, id: string) {
  const [row] = await tx.select().from(mediaJournalists).where(eq(mediaJournalists.id, id));
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** A journalist's record; an anonymized one can no longer be edited (there is no one left to edit). */
export async function saveJournalist(ctx: CommandContext, id: string | null, input: TJournalistRequest) {
  if (input.outletId) {
    const [outlet] = await ctx.tx.select({ id: mediaOutlets.id }).from(mediaOutlets).where(eq(mediaOutlets.id, input.outletId));
    if (!outlet) throw new AppError('VALIDATION', { fields: [{ path: 'outletId', message: 'Media tidak ditemukan. / Unknown outlet.' }] });
  }
  const values = {
    name: input.name,
    outletId: input.outletId ?? null,
    beat: input.beat ?? null,
    mediaType: input.mediaType ?? null,
    region: input.region ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
    legalBasis: input.legalBasis,
    purpose: input.purpose,
    consentAt: input.consentAt ? new Date(input.consentAt) : null,
    consentNoticeVersion: input.consentNoticeVersion ?? null,
    retentionUntil: input.retentionUntil,
    updatedAt: new Date(),
  };
  if (!id) {
    const [row] = await ctx.tx
      .insert(mediaJournalists)
      .values({ id: crypto.randomUUID(), ...values })
      .returning();
    await recordAudit(ctx.tx, {
      actor: ctx.actor,
      meta: ctx.meta,
      action: 'create',
      entityType: 'media_journalist',
      entityId: row!.id,
      after: row,
    });
    return row!;
  }
  const before = await findJournalist(ctx.tx, id);
  if (before.anonymizedAt) throw new AppError('INVALID_STATE');
  const [after] = await ctx.tx.update(mediaJournalists).set(values).where(eq(mediaJournalists.id, id)).returning();
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    meta: ctx.meta,
    action: 'update',
    entityType: 'media_journalist',
    entityId: id,
    before,
    after,
  });
  return after!;
}

/** Restricts processing (kept, not used) or lifts the restriction, at the person's request. */
export async function restrictJournalist(ctx: CommandContext, id: string, restricted: boolean) {
  const before = await findJournalist(ctx.tx, id);
  const [after] = await ctx.tx
    .update(mediaJournalists)
    .set({ restrictedAt: restricted ? (before.restrictedAt ?? new Date()) : null, updatedAt: new Date() })
    .where(eq(mediaJournalists.id, id))
    .returning();
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    meta: ctx.meta,
    action: 'update',
    entityType: 'media_journalist',
    entityId: id,
    before,
    after,
  });
  return after!;
}

const ANONYMOUS = { name: 'Anonim', email: null, phone: null, beat: null, region: null };

/**
 * Erases a person's identifying data at their request, and in the same transaction their interview
 * requests' names and contacts (found before the e-mail that links them is gone). The audit trail
 * records it, without the erased values.
 */
export async function anonymizeJournalist(ctx: CommandContext, id: string) {
  const before = await findJournalist(ctx.tx, id);
  if (before.anonymizedAt) throw new AppError('INVALID_STATE');
  const interviewRequests = await anonymizeRequestsOfPerson(ctx.tx, before);
  const [after] = await ctx.tx
    .update(mediaJournalists)
    .set({ ...ANONYMOUS, anonymizedAt: new Date(), updatedAt: new Date() })
    .where(eq(mediaJournalists.id, id))
    .returning();
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    meta: ctx.meta,
    action: 'update',
    entityType: 'media_journalist',
    entityId: id,
    before: { anonymizedAt: null },
    after: { anonymizedAt: after!.anonymizedAt, interviewRequests },
  });
  return after!;
}

/** Journalists whose retention ended yesterday or before. */
export async function anonymizeExpiredJournalists(tx: DbOrTx, today: string): Promise<number> {
  const rows = await tx
    .update(mediaJournalists)
    .set({ ...ANONYMOUS, anonymizedAt: new Date(), updatedAt: new Date() })
    .where(and(sql`${mediaJournalists.retentionUntil} < ${today}`, isNull(mediaJournalists.anonymizedAt)))
    .returning({ id: mediaJournalists.id });
  return rows.length;
}

/**
 * Everything held about a person and what was done with it (UU 27/2022, access and portability):
 * the record, the interview requests made under their e-mail, and the audit trail of the record.
 */
export async function personalData(tx: DbOrTx, id: string) {
  const person = await findJournalist(tx, id);
  const requests = await tx
    .select({
      number: mediaInterviewRequests.number,
      receivedAt: mediaInterviewRequests.receivedAt,
      topic: mediaInterviewRequests.topic,
      status: mediaInterviewRequests.status,
      consentAt: mediaInterviewRequests.consentAt,
      consentNoticeVersion: mediaInterviewRequests.consentNoticeVersion,
    })
    .from(mediaInterviewRequests)
    .where(requestsOfPerson(person));
  const history = await tx
    .select({ at: auditLog.at, action: auditLog.action, actor: auditLog.actorLabel })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'media_journalist'), eq(auditLog.entityId, id)))
    .orderBy(asc(auditLog.id));
  return { person, requests, history };
}
