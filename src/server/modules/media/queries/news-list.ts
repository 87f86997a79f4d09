import { and, desc, eq, gte, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { TNewsFilters } from '../../../../shared/media';
import type { DbOrTx } from '../../../db/types';
import { queryRows } from '../../../db/sql';
import { mediaNews, mediaOutlets } from '../schema';

/** The text the full-text index covers; a search must use this very expression to use the index. */
export const NEWS_DOCUMENT = sql`to_tsvector('indonesian', ${mediaNews.title} || ' ' || coalesce(${mediaNews.summary}, ''))`;

/** The list's filters as one `where`. By default one item per duplicate group (the one counted). */
export function newsWhere(f: TNewsFilters, extra: SQL[] = []): SQL | undefined {
  const conditions: (SQL | undefined)[] = [...extra];
  if (f.duplicates !== '1') conditions.push(isNull(mediaNews.duplicateOfId));
  if (f.from) conditions.push(gte(mediaNews.publishedDate, f.from));
  if (f.to) conditions.push(lte(mediaNews.publishedDate, f.to));
  if (f.outletId) conditions.push(eq(mediaNews.outletId, f.outletId));
  if (f.mediaType) conditions.push(eq(mediaNews.mediaType, f.mediaType));
  if (f.issue) conditions.push(sql`${mediaNews.issues} @> ARRAY[${f.issue}]::text[]`);
  if (f.tone === 'none') conditions.push(isNull(mediaNews.tone));
  else if (f.tone) conditions.push(eq(mediaNews.tone, f.tone));
  if (f.q) conditions.push(sql`${NEWS_DOCUMENT} @@ websearch_to_tsquery('indonesian', ${f.q})`);
  return and(...conditions);
}

const COUNT_CAP = 10_000;

/** One page of news, newest first, with the group sizes of the page's items. */
export async function listNews(db: DbOrTx, where: SQL | undefined, page: { limit: number; offset: number }) {
  const rows = await db
    .select({
      news: mediaNews,
      outletName: mediaOutlets.name,
      duplicates: sql<number>`(SELECT count(*)::int - 1 FROM media_news d WHERE d.duplicate_group_id = ${mediaNews.duplicateGroupId})`,
    })
    .from(mediaNews)
    .innerJoin(mediaOutlets, eq(mediaOutlets.id, mediaNews.outletId))
    .where(where)
    .orderBy(desc(mediaNews.publishedAt), desc(mediaNews.id))
    .limit(page.limit)
    .offset(page.offset);
  // Counting stops at the cap: a pager needs "more than 10.000", not the exact 360.000.
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${mediaNews} WHERE ${where ?? sql`true`} LIMIT ${COUNT_CAP + 1}) s`,
  );
  const total = count?.n ?? 0;
  return {
    items: rows.map((r) => ({ ...r.news, outletName: r.outletName, duplicates: r.duplicates })),
    total: Math.min(total, COUNT_CAP),
    totalCapped: total > COUNT_CAP,
  };
}
