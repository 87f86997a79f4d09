import { eq, inArray, sql } from 'drizzle-orm';
import type { TCreateNewsRequest, TMediaType, TSetToneRequest, TTone, TUpdateNewsRequest } from '../../../../shared/media';
import { recordAudit } from '../../../platform/audit/record';
import type { CommandContext } from '../../../platform/command';
import { AppError } from '../../../platform/errors';
import { insertNews } from '../news/insert';
import { ensureOutlets } from '../news/outlets';
import { cleanTags, jakartaDate, nameKey, titleKey, urlKey } from '../normalize';
import { clearStatisticsCache } from '../queries/statistics';
import { mediaNews } from '../schema';
import { arrayLiteral } from '../sql-arrays';
import type { ToneSuggester } from '../tone/suggester';

/** Staff record one item by hand; a tone typed with it is staff's decision. */
export async function createNewsItem(ctx: CommandContext, input: TCreateNewsRequest, suggester: ToneSuggester | null) {
  const { rows, matches } = await insertNews(ctx.tx, [{ ...input, publishedAt: new Date(input.publishedAt) }], {
    source: 'manual',
    actorId: ctx.actor?.id ?? null,
    toneOrigin: 'staff',
    suggester,
  });
  const row = rows[0]!;
  await recordAudit(ctx.tx, { actor: ctx.actor, meta: ctx.meta, action: 'create', entityType: 'media_news', entityId: row.id, after: row });
  clearStatisticsCache();
  return { id: row.id, duplicate: matches[0] ?? null };
}

export async function findNews(tx: CommandContext['tx'], id: string) {
  const [row] = await tx.select().from(mediaNews).where(eq(mediaNews.id, id));
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** Corrects an item's fields (not its tone: that goes through `setTone`, which records who decided). */
export async function updateNewsItem(ctx: CommandContext, id: string, input: TUpdateNewsRequest) {
  const before = await findNews(ctx.tx, id);
  const patch: Partial<typeof mediaNews.$inferInsert> = { updatedAt: new Date() };
  if (input.title !== undefined) Object.assign(patch, { title: input.title, titleKey: titleKey(input.title) });
  if (input.publishedAt !== undefined) {
    const at = new Date(input.publishedAt);
    Object.assign(patch, { publishedAt: at, publishedDate: jakartaDate(at) });
  }
  if (input.url !== undefined) Object.assign(patch, { url: input.url ?? null, urlKey: urlKey(input.url) });
  if (input.outletName !== undefined) {
    const outlets = await ensureOutlets(ctx.tx, [
      { name: input.outletName, mediaType: input.mediaType ?? (before.mediaType as TMediaType) },
    ]);
    patch.outletId = outlets.get(nameKey(input.outletName))!.id;
  }
  if (input.mediaType !== undefined) patch.mediaType = input.mediaType;
  if (input.summary !== undefined) patch.summary = input.summary ?? null;
  if (input.journalist !== undefined) patch.journalist = input.journalist ?? null;
  if (input.issues !== undefined) patch.issues = cleanTags(input.issues);
  if (input.commodities !== undefined) patch.commodities = [...new Set(input.commodities)];
  if (input.spokespersons !== undefined) patch.spokespersons = cleanTags(input.spokespersons);
  if (input.region !== undefined) patch.region = input.region ?? null;
  const [after] = await ctx.tx.update(mediaNews).set(patch).where(eq(mediaNews.id, id)).returning();
  await recordAudit(ctx.tx, { actor: ctx.actor, meta: ctx.meta, action: 'update', entityType: 'media_news', entityId: id, before, after });
  return after!;
}

/**
 * Sets the tone of items: typed by staff, or their suggestions accepted. Records who set it, when,
 * and whether the suggestion shown was taken; the syndicated copies of each item that have no tone
 * yet take the same tone (they are the same story). One audit entry for the whole action.
 */
export async function setTone(ctx: CommandContext, input: TSetToneRequest) {
  const ids = [...new Set(input.ids)];
  const items = await ctx.tx
    .select({ id: mediaNews.id, tone: mediaNews.tone, suggestedTone: mediaNews.suggestedTone })
    .from(mediaNews)
    .where(inArray(mediaNews.id, ids));
  if (items.length !== ids.length) {
    const found = new Set(items.map((i) => i.id));
    throw new AppError('VALIDATION', {
      fields: ids.filter((id) => !found.has(id)).map((id) => ({ path: 'ids', message: `Berita tidak ditemukan / not found: ${id}` })),
    });
  }
  const tones = new Map<string, TTone>();
  for (const item of items) {
    const tone = input.tone ?? (item.suggestedTone as TTone | null);
    if (!tone) {
      throw new AppError('VALIDATION', {
        fields: [{ path: 'accept', message: `Berita ini belum punya saran tonasi / no suggestion for this item: ${item.id}` }],
      });
    }
    tones.set(item.id, tone);
  }
  const actorId = ctx.actor?.id ?? null;
  const now = new Date();
  await ctx.tx.execute(sql`
    UPDATE media_news n SET tone = u.tone, tone_origin = 'staff', tone_set_by = ${actorId}, tone_set_at = ${now},
      suggestion_accepted = CASE WHEN n.suggested_tone IS NULL THEN NULL ELSE n.suggested_tone = u.tone END, updated_at = ${now}
    FROM unnest(${arrayLiteral([...tones.keys()])}::text[], ${arrayLiteral([...tones.values()])}::text[]) AS u(id, tone)
    WHERE n.id = u.id`);
  await ctx.tx.execute(sql`
    UPDATE media_news d SET tone = c.tone, tone_origin = 'staff', tone_set_by = ${actorId}, tone_set_at = ${now}, updated_at = ${now}
    FROM media_news c
    WHERE c.id = ANY(${arrayLiteral(ids)}::text[]) AND d.duplicate_of_id = c.id AND d.tone IS NULL`);
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    meta: ctx.meta,
    action: 'update',
    entityType: 'media_news',
    before: Object.fromEntries(items.map((i) => [i.id, i.tone])),
    after: { tone: Object.fromEntries(tones), acceptedSuggestions: input.accept === true },
  });
  clearStatisticsCache();
  return { updated: tones.size };
}
