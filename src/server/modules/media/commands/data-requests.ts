import { and, inArray, type SQL } from 'drizzle-orm';
import type { TDataRequestCreate, TDataRequestResolve } from '../../../../shared/personal-data';
import type { DbOrTx } from '../../../db/types';
import type { CommandContext } from '../../../platform/command';
import { AppError, invalidField } from '../../../platform/errors';
import {
  closedOnly,
  findDataRequest,
  listDataRequests,
  logDataRequest,
  ofSubject,
  openOnly,
  presentDataRequest,
  resolveDataRequest,
} from '../../../platform/personal-data/requests';
import { mediaJournalists } from '../schema';
import { findJournalist } from './contacts';

/** The subject type of a journalist's record in the personal-data request log. */
export const JOURNALIST_SUBJECT = 'media_journalist';

/** Logs a journalist's request about their data. An erased record has no one left to ask for it. */
export async function logJournalistRequest(ctx: CommandContext, journalistId: string, input: TDataRequestCreate) {
  const person = await findJournalist(ctx.tx, journalistId);
  if (person.anonymizedAt) throw new AppError('INVALID_STATE');
  return logDataRequest(ctx, { type: JOURNALIST_SUBJECT, id: journalistId }, input);
}

/**
 * Closes a journalist's request. An erasure or a restriction is done only once the record shows it
 * — anonymized, or restricted — so the log cannot say "done" about something that was not.
 */
export async function resolveJournalistRequest(ctx: CommandContext, id: string, input: TDataRequestResolve) {
  const request = await findDataRequest(ctx.tx, id);
  if (request.subjectType !== JOURNALIST_SUBJECT) throw new AppError('NOT_FOUND');
  if (input.status === 'done') {
    const person = await findJournalist(ctx.tx, request.subjectId);
    if (request.kind === 'erasure' && !person.anonymizedAt)
      throw invalidField(
        'status',
        'Data orang ini belum dianonimkan: anonimkan dulu, lalu tandai selesai',
        'The record is not anonymized yet: anonymize it first, then mark this done',
      );
    if (request.kind === 'restriction' && !person.restrictedAt && !person.anonymizedAt)
      throw invalidField(
        'status',
        'Pemrosesan data orang ini belum dibatasi: batasi dulu, lalu tandai selesai',
        'Processing is not restricted yet: restrict it first, then mark this done',
      );
  }
  return resolveDataRequest(ctx, request, input);
}

/** Journalists' requests with each person's current name ("Anonim" once erased). */
export async function listJournalistRequests(db: DbOrTx, filters: { status: 'open' | 'closed' | 'all'; journalistId?: string }) {
  const where: (SQL | undefined)[] = [
    filters.status === 'open' ? openOnly() : filters.status === 'closed' ? closedOnly() : undefined,
    filters.journalistId ? ofSubject(filters.journalistId) : undefined,
  ];
  const rows = await listDataRequests(db, JOURNALIST_SUBJECT, and(...where));
  const ids = [...new Set(rows.map((r) => r.request.subjectId))];
  const people = ids.length
    ? await db
        .select({ id: mediaJournalists.id, name: mediaJournalists.name })
        .from(mediaJournalists)
        .where(inArray(mediaJournalists.id, ids))
    : [];
  const names = new Map(people.map((p) => [p.id, p.name]));
  const now = new Date();
  return rows.map((r) => presentDataRequest(r.request, names.get(r.request.subjectId) ?? null, r.resolverName, now));
}
