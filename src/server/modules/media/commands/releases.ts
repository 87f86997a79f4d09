import { and, eq, ne } from 'drizzle-orm';
import type { TReleaseRequest } from '../../../../shared/media';
import { recordAudit } from '../../../platform/audit/record';
import type { CommandContext } from '../../../platform/command';
import { AppError } from '../../../platform/errors';
import { cleanTags } from '../normalize';
import { mediaReleases } from '../schema';

async function checkNumber(ctx: CommandContext, input: Pick<TReleaseRequest, 'kind' | 'number'>, exceptId?: string) {
  const [clash] = await ctx.tx
    .select({ id: mediaReleases.id })
    .from(mediaReleases)
    .where(
      and(
        eq(mediaReleases.kind, input.kind),
        eq(mediaReleases.number, input.number),
        exceptId ? ne(mediaReleases.id, exceptId) : undefined,
      ),
    );
  if (clash)
    throw new AppError('DUPLICATE', {
      params: { field: `Nomor / number ${input.number}` },
      fields: [{ path: 'number', message: input.number }],
    });
}

const values = (input: TReleaseRequest) => ({
  ...input,
  commodities: [...new Set(input.commodities)],
  issues: cleanTags(input.issues),
  channels: [...new Set(input.channels)],
  body: input.body ?? null,
  link: input.link ?? null,
});

export async function createRelease(ctx: CommandContext, input: TReleaseRequest) {
  await checkNumber(ctx, input);
  const [row] = await ctx.tx
    .insert(mediaReleases)
    .values({ id: crypto.randomUUID(), ...values(input), createdBy: ctx.actor?.id ?? null })
    .returning();
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    meta: ctx.meta,
    action: 'create',
    entityType: 'media_release',
    entityId: row!.id,
    after: row,
  });
  return row!;
}

export async function updateRelease(ctx: CommandContext, id: string, input: TReleaseRequest) {
  const [before] = await ctx.tx.select().from(mediaReleases).where(eq(mediaReleases.id, id));
  if (!before) throw new AppError('NOT_FOUND');
  await checkNumber(ctx, input, id);
  const [after] = await ctx.tx
    .update(mediaReleases)
    .set({ ...values(input), updatedAt: new Date() })
    .where(eq(mediaReleases.id, id))
    .returning();
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    meta: ctx.meta,
    action: 'update',
    entityType: 'media_release',
    entityId: id,
    before,
    after,
  });
  return after!;
}

export async function deleteRelease(ctx: CommandContext, id: string) {
  const [before] = await ctx.tx.delete(mediaReleases).where(eq(mediaReleases.id, id)).returning();
  if (!before) throw new AppError('NOT_FOUND');
  await recordAudit(ctx.tx, { actor: ctx.actor, meta: ctx.meta, action: 'delete', entityType: 'media_release', entityId: id, before });
}
