import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ZCoverageRequest, ZCoverageUpdate } from '../../../../shared/media';
import { recordAudit } from '../../../platform/audit/record';
import { inOwnUnit } from '../../../platform/authorize';
import type { CommandContext } from '../../../platform/command';
import { AppError } from '../../../platform/errors';
import { mediaCoverages } from '../schema';

/** A unit asks for its activity to be covered (a unit user only for its own unit). */
export async function requestCoverage(ctx: CommandContext, input: z.infer<typeof ZCoverageRequest>) {
  if (ctx.actor && !inOwnUnit(ctx.actor, input.unitId)) throw new AppError('FORBIDDEN');
  const [row] = await ctx.tx
    .insert(mediaCoverages)
    .values({
      id: crypto.randomUUID(),
      ...input,
      place: input.place ?? null,
      serviceRequestRef: input.serviceRequestRef ?? null,
      status: 'requested',
      createdBy: ctx.actor?.id ?? null,
    })
    .returning();
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    meta: ctx.meta,
    action: 'create',
    entityType: 'media_coverage',
    entityId: row!.id,
    unitId: row!.unitId,
    after: row,
  });
  return row!;
}

/** Humas records the outcome: covered (and the actual news published), or not covered. */
export async function updateCoverage(ctx: CommandContext, id: string, input: z.infer<typeof ZCoverageUpdate>) {
  const [before] = await ctx.tx.select().from(mediaCoverages).where(eq(mediaCoverages.id, id));
  if (!before) throw new AppError('NOT_FOUND');
  if (input.status !== 'covered' && (input.newsTitle || input.newsUrl || input.newsPublishedDate)) {
    throw new AppError('VALIDATION', {
      fields: [{ path: 'status', message: 'Berita aktual hanya untuk kegiatan yang diliput. / Actual news needs a covered activity.' }],
    });
  }
  if (input.newsPublishedDate && input.newsPublishedDate < before.activityDate) {
    throw new AppError('VALIDATION', {
      fields: [{ path: 'newsPublishedDate', message: 'Berita terbit sebelum kegiatan. / Published before the activity.' }],
    });
  }
  const [after] = await ctx.tx
    .update(mediaCoverages)
    .set({
      status: input.status,
      newsTitle: input.newsTitle ?? null,
      newsUrl: input.newsUrl ?? null,
      newsPublishedDate: input.newsPublishedDate ?? null,
      updatedAt: new Date(),
    })
    .where(eq(mediaCoverages.id, id))
    .returning();
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    meta: ctx.meta,
    action: 'update',
    entityType: 'media_coverage',
    entityId: id,
    unitId: before.unitId,
    before,
    after,
  });
  return after!;
}
