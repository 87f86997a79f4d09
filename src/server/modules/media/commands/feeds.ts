import { eq } from 'drizzle-orm';
import type { TFeedRequest } from '../../../../shared/media';
import { recordAudit } from '../../../platform/audit/record';
import type { CommandContext } from '../../../platform/command';
import { AppError } from '../../../platform/errors';
import { ensureOutlets } from '../news/outlets';
import { cleanTags, nameKey } from '../normalize';
import { mediaFeeds } from '../schema';

async function outletIdFor(ctx: CommandContext, name: string | null | undefined) {
  if (!name) return null;
  const outlets = await ensureOutlets(ctx.tx, [{ name, mediaType: 'online' }]);
  return outlets.get(nameKey(name))?.id ?? null;
}

export async function createFeed(ctx: CommandContext, input: TFeedRequest) {
  const [row] = await ctx.tx
    .insert(mediaFeeds)
    .values({
      id: crypto.randomUUID(),
      name: input.name,
      url: input.url,
      outletId: await outletIdFor(ctx, input.outletName),
      keywords: cleanTags(input.keywords),
      active: input.active,
      intervalMinutes: input.intervalMinutes,
    })
    .returning();
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    meta: ctx.meta,
    action: 'create',
    entityType: 'media_feed',
    entityId: row!.id,
    after: row,
  });
  return row!;
}

export async function updateFeed(ctx: CommandContext, id: string, input: Partial<TFeedRequest>) {
  const [before] = await ctx.tx.select().from(mediaFeeds).where(eq(mediaFeeds.id, id));
  if (!before) throw new AppError('NOT_FOUND');
  const patch: Partial<typeof mediaFeeds.$inferInsert> = { updatedAt: new Date() };
  if (input.name !== undefined) patch.name = input.name;
  if (input.url !== undefined) patch.url = input.url;
  if (input.outletName !== undefined) patch.outletId = await outletIdFor(ctx, input.outletName);
  if (input.keywords !== undefined) patch.keywords = cleanTags(input.keywords);
  if (input.intervalMinutes !== undefined) patch.intervalMinutes = input.intervalMinutes;
  if (input.active !== undefined) {
    patch.active = input.active;
    // Switched back on: polled at the next run, with a clean record.
    if (input.active && !before.active) Object.assign(patch, { nextPollAt: new Date(), consecutiveFailures: 0 });
  }
  const [after] = await ctx.tx.update(mediaFeeds).set(patch).where(eq(mediaFeeds.id, id)).returning();
  await recordAudit(ctx.tx, { actor: ctx.actor, meta: ctx.meta, action: 'update', entityType: 'media_feed', entityId: id, before, after });
  return after!;
}
