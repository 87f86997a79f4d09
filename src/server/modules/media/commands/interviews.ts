import { and, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { TCreateInterviewRequest, TInterviewOutcomeRequest, ZAssignInterview, ZTriageInterview } from '../../../../shared/media';
import type { DbOrTx } from '../../../db/types';
import { queryRows } from '../../../db/sql';
import { recordAudit } from '../../../platform/audit/record';
import { user } from '../../../platform/auth/schema';
import type { CommandContext } from '../../../platform/command';
import { AppError, invalidField } from '../../../platform/errors';
import { notify } from '../../../platform/notify';
import { jakartaDate, nameKey } from '../normalize';
import { mediaInterviewRequests, mediaJournalists, mediaOutlets } from '../schema';
import { getMediaSettings } from '../settings';
import { newTrackingCode } from '../tracking-code';

type Row = typeof mediaInterviewRequests.$inferSelect;

/**
 * How long a request keeps the journalist's name and contact: until the end of the fifth year
 * after it arrived (the bureau's records of media service are kept that long); then the retention
 * job anonymizes it, keeping what IKK9 counts.
 */
export const INTERVIEW_RETENTION_YEARS = 5;

/** The next register number of the year, `WAW-2026-0001`; serialized so two requests never share one. */
async function nextNumber(tx: DbOrTx, year: number): Promise<string> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(727300, ${year})`);
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`SELECT coalesce(max(substring(number FROM 10)::int), 0)::int AS n FROM media_interview_requests WHERE number LIKE ${`WAW-${year}-%`}`,
  );
  return `WAW-${year}-${String((row?.n ?? 0) + 1).padStart(4, '0')}`;
}

export async function findInterview(tx: DbOrTx, id: string): Promise<Row> {
  const [row] = await tx.select().from(mediaInterviewRequests).where(eq(mediaInterviewRequests.id, id));
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** Tells the Humas group (or, if it is not set, every coordinator) that a request arrived. */
async function announce(tx: DbOrTx, row: Row) {
  const settings = await getMediaSettings(tx);
  const people = await tx
    .select({ id: user.id })
    .from(user)
    .where(
      settings.humasUnitId
        ? and(eq(user.unitId, settings.humasUnitId), inArray(user.role, ['koordinator', 'staf']))
        : eq(user.role, 'koordinator'),
    );
  await notify(tx, {
    userIds: people.map((p) => p.id),
    kind: 'media.interview.received',
    title: { id: `Permohonan wawancara ${row.number}`, en: `Interview request ${row.number}` },
    body: { id: `${row.outletName}: ${row.topic}`, en: `${row.outletName}: ${row.topic}` },
    link: `/humas/wawancara/${row.id}`,
  });
}

export interface NewInterview extends Omit<TCreateInterviewRequest, 'channel' | 'receivedAt'> {
  channel: Row['channel'];
  receivedAt: Date;
  consentAt?: Date | null;
  consentNoticeVersion?: string | null;
}

/**
 * The media contacts a new request belongs to: the journalist whose e-mail it came from (an erased
 * one is no one's), and the outlet of that name. The request keeps its own copy of the name and
 * contact as the journalist gave them; the links let a person's data request find it.
 */
async function contactLinks(tx: DbOrTx, input: NewInterview) {
  const [journalist] = input.contactEmail
    ? await tx
        .select({ id: mediaJournalists.id })
        .from(mediaJournalists)
        .where(and(sql`lower(${mediaJournalists.email}) = lower(${input.contactEmail})`, isNull(mediaJournalists.anonymizedAt)))
        .limit(1)
    : [];
  const [outlet] = await tx
    .select({ id: mediaOutlets.id })
    .from(mediaOutlets)
    .where(eq(mediaOutlets.nameKey, nameKey(input.outletName)));
  return { journalistId: journalist?.id ?? null, outletId: outlet?.id ?? null };
}

/** Records a request (staff from a message or call, or the public form), linked to the media contacts it names. */
export async function createInterview(ctx: CommandContext, input: NewInterview): Promise<Row> {
  const year = Number(jakartaDate(input.receivedAt).slice(0, 4));
  const links = await contactLinks(ctx.tx, input);
  const [row] = await ctx.tx
    .insert(mediaInterviewRequests)
    .values({
      id: crypto.randomUUID(),
      number: await nextNumber(ctx.tx, year),
      trackingCode: newTrackingCode(),
      channel: input.channel,
      receivedAt: input.receivedAt,
      receivedDate: jakartaDate(input.receivedAt),
      outletName: input.outletName,
      outletId: links.outletId,
      mediaType: input.mediaType,
      journalistId: links.journalistId,
      journalistName: input.journalistName,
      contactEmail: input.contactEmail ?? null,
      contactPhone: input.contactPhone ?? null,
      topic: input.topic,
      questions: input.questions ?? null,
      wantedAt: input.wantedAt ? new Date(input.wantedAt) : null,
      deadline: input.deadline ? new Date(input.deadline) : null,
      preferredSpokesperson: input.preferredSpokesperson ?? null,
      status: 'received',
      consentAt: input.consentAt ?? null,
      consentNoticeVersion: input.consentNoticeVersion ?? null,
      retentionUntil: `${year + INTERVIEW_RETENTION_YEARS}-12-31`,
      createdBy: ctx.actor?.id ?? null,
    })
    .returning();
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    actorLabel: ctx.actor ? undefined : 'formulir publik / public form',
    meta: ctx.meta,
    action: 'create',
    entityType: 'media_interview',
    entityId: row!.id,
    after: { ...row, trackingCode: undefined },
  });
  await announce(ctx.tx, row!);
  return row!;
}

async function transition(ctx: CommandContext, before: Row, patch: Partial<typeof mediaInterviewRequests.$inferInsert>) {
  const [after] = await ctx.tx
    .update(mediaInterviewRequests)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(mediaInterviewRequests.id, before.id))
    .returning();
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    meta: ctx.meta,
    action: 'transition',
    entityType: 'media_interview',
    entityId: before.id,
    before: { status: before.status, priority: before.priority, assignedTo: before.assignedTo, outcome: before.outcome },
    after: {
      status: after!.status,
      priority: after!.priority,
      assignedTo: after!.assignedTo,
      outcome: after!.outcome,
      declineReason: after!.declineReason,
    },
  });
  return after!;
}

const OPEN = ['received', 'triaged', 'assigned'];

export async function triageInterview(ctx: CommandContext, id: string, input: z.infer<typeof ZTriageInterview>) {
  const before = await findInterview(ctx.tx, id);
  if (before.status !== 'received' && before.status !== 'triaged') throw new AppError('INVALID_STATE');
  return transition(ctx, before, {
    status: 'triaged',
    priority: input.priority,
    triageNote: input.note ?? null,
    triagedBy: ctx.actor?.id ?? null,
    triagedAt: new Date(),
  });
}

export async function assignInterview(ctx: CommandContext, id: string, input: z.infer<typeof ZAssignInterview>) {
  const before = await findInterview(ctx.tx, id);
  if (!OPEN.includes(before.status)) throw new AppError('INVALID_STATE');
  const [person] = await ctx.tx
    .select({ id: user.id, role: user.role, active: user.active })
    .from(user)
    .where(eq(user.id, input.assignedTo));
  if (!person?.active || !['staf', 'koordinator', 'kepala_biro'].includes(person.role ?? '')) {
    throw invalidField('assignedTo', 'Petugas tidak dikenal atau tidak dapat ditugaskan', 'Unknown user, or not one who can be assigned');
  }
  const row = await transition(ctx, before, {
    status: 'assigned',
    assignedTo: person.id,
    spokesperson: input.spokesperson,
    assignedBy: ctx.actor?.id ?? null,
    assignedAt: new Date(),
    triagedAt: before.triagedAt ?? new Date(),
  });
  await notify(ctx.tx, {
    userIds: [person.id],
    kind: 'media.interview.assigned',
    title: { id: `Anda ditugaskan: ${row.number}`, en: `Assigned to you: ${row.number}` },
    body: { id: `${row.outletName}: ${row.topic}`, en: `${row.outletName}: ${row.topic}` },
    link: `/humas/wawancara/${row.id}`,
  });
  return row;
}

/**
 * The outcome: an interview given, a written answer, a talk show — or declined, with the reason
 * (a published statement's link when it was already answered; a note for "other").
 */
export async function recordOutcome(ctx: CommandContext, id: string, input: TInterviewOutcomeRequest) {
  const before = await findInterview(ctx.tx, id);
  if (!OPEN.includes(before.status)) throw new AppError('INVALID_STATE');
  if (input.outcome === 'declined' && !input.declineReason)
    throw invalidField('declineReason', 'Alasan wajib diisi', 'A reason is required');
  if (input.outcome !== 'declined' && input.declineReason)
    throw invalidField('declineReason', 'Alasan hanya untuk yang tidak dipenuhi', 'A reason is for declined requests only');
  if (input.declineReason === 'already_answered' && !input.link)
    throw invalidField('link', 'Tautan penjelasan/siaran pers yang dikirim wajib diisi', 'The link sent is required');
  if (input.declineReason === 'other' && !input.note) throw invalidField('note', 'Jelaskan alasannya', 'Explain the reason');
  const respondedAt = input.respondedAt ? new Date(input.respondedAt) : new Date();
  if (respondedAt < before.receivedAt || respondedAt.getTime() > Date.now() + 5 * 60_000) {
    throw invalidField(
      'respondedAt',
      'Waktu jawaban harus antara waktu diterima dan sekarang',
      'The answer time must be between receipt and now',
    );
  }
  return transition(ctx, before, {
    status: input.outcome === 'declined' ? 'declined' : 'fulfilled',
    outcome: input.outcome,
    declineReason: input.declineReason ?? null,
    outcomeNote: input.note ?? null,
    outcomeLink: input.link ?? null,
    respondedAt,
    respondedBy: ctx.actor?.id ?? null,
  });
}

/** What anonymizing a request erases: the journalist's name and contact, and the questions in their words. */
const anonymousRequest = () => ({
  journalistName: 'Anonim',
  contactEmail: null,
  contactPhone: null,
  questions: null,
  anonymizedAt: new Date(),
  updatedAt: new Date(),
});

/** Requests past their retention: the journalist's name and contact go, the request's facts stay. */
export async function anonymizeExpiredInterviews(tx: DbOrTx, today: string): Promise<number> {
  const rows = await tx
    .update(mediaInterviewRequests)
    .set(anonymousRequest())
    .where(and(sql`${mediaInterviewRequests.retentionUntil} < ${today}`, sql`${mediaInterviewRequests.anonymizedAt} IS NULL`))
    .returning({ id: mediaInterviewRequests.id });
  return rows.length;
}

/**
 * A person's requests — linked to their contact record, or sent under their e-mail address — the
 * ones a data request about them covers (access shows them, erasure anonymizes them).
 */
export function requestsOfPerson(person: { id: string; email: string | null }): SQL {
  const t = mediaInterviewRequests;
  return person.email
    ? or(eq(t.journalistId, person.id), sql`lower(${t.contactEmail}) = lower(${person.email})`)!
    : eq(t.journalistId, person.id);
}

/** Erasure at a person's request reaches their interview requests too; returns how many were anonymized. */
export async function anonymizeRequestsOfPerson(tx: DbOrTx, person: { id: string; email: string | null }): Promise<number> {
  const rows = await tx
    .update(mediaInterviewRequests)
    .set(anonymousRequest())
    .where(and(requestsOfPerson(person), isNull(mediaInterviewRequests.anonymizedAt)))
    .returning({ id: mediaInterviewRequests.id });
  return rows.length;
}
