import { and, desc, eq, getTableColumns, gte, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { TNewsFilters } from '../../../../shared/media';
import type { DbOrTx } from '../../../db/types';
import { queryRows } from '../../../db/sql';
import { mediaNews, mediaOutlets } from '../schema';

/** The headlines' words, indexed (`media_news.title_search`, Indonesian stemming). */
export const NEWS_DOCUMENT = sql`${mediaNews.titleSearch}`;

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

/** A pager needs "more than 1.000", not the exact 360.000: counting stops there. */
/** Every column of an item but its search vector. */
const { titleSearch: _search, ...NEWS_COLUMNS } = getTableColumns(mediaNews);
export { NEWS_COLUMNS };

/** Whether the filters keep few items scattered in time (see `listNews`). */
export function isSelective(f: TNewsFilters): boolean {
  return !!(f.q || f.issue || f.tone || f.mediaType || f.outletId);
}

const COUNT_CAP = 1_000;

/** One page of news, newest first, with the group sizes of the page's items. */
export async function listNews(db: DbOrTx, where: SQL | undefined, page: { limit: number; offset: number }, selective = false) {
  const select = {
    news: NEWS_COLUMNS,
    outletName: mediaOutlets.name,
    duplicates: sql<number>`(SELECT count(*)::int - 1 FROM media_news d WHERE d.duplicate_group_id = ${mediaNews.duplicateGroupId})`,
  };
  if (selective) {
    // A filter that keeps few items scattered over the years (a text, an issue, a tone, a media
    // type, an outlet): walking the list's index from the newest item would pass every newer item
    // first, so the matches are read once, sorted, and counted in the same pass.
    const rows = await db
      .select({ ...select, total: sql<number>`count(*) OVER ()::int` })
      .from(mediaNews)
      .innerJoin(mediaOutlets, eq(mediaOutlets.id, mediaNews.outletId))
      .where(where)
      .orderBy(sql`${mediaNews.publishedAt} + interval '0 seconds' DESC`, desc(mediaNews.id))
      .limit(page.limit)
      .offset(page.offset);
    const total = rows[0]?.total ?? (page.offset ? await countNews(db, where, false) : 0);
    return {
      items: rows.map((r) => ({ ...r.news, outletName: r.outletName, duplicates: r.duplicates })),
      total: Math.min(total, COUNT_CAP),
      totalCapped: total > COUNT_CAP,
    };
  }
  // Newest first along the list's index; the count stops at the cap, in the same order.
  const rows = await db
    .select(select)
    .from(mediaNews)
    .innerJoin(mediaOutlets, eq(mediaOutlets.id, mediaNews.outletId))
    .where(where)
    .orderBy(desc(mediaNews.publishedAt), desc(mediaNews.id))
    .limit(page.limit)
    .offset(page.offset);
  const total = await countNews(db, where, true);
  return {
    items: rows.map((r) => ({ ...r.news, outletName: r.outletName, duplicates: r.duplicates })),
    total: Math.min(total, COUNT_CAP),
    totalCapped: total > COUNT_CAP,
  };
}

async function countNews(db: DbOrTx, where: SQL | undefined, ordered: boolean): Promise<number> {
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${mediaNews} WHERE ${where ?? sql`true`}
        ${ordered ? sql`ORDER BY published_at DESC, id DESC` : sql``} LIMIT ${COUNT_CAP + 1}) s`,
  );
  return count?.n ?? 0;
}
