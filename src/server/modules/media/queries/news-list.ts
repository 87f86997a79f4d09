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
  // Read newest first along the list's index — unless a filter (text, issue, tone, media type,
  // outlet) keeps only a few items scattered over the years: then the index would walk through
  // every newer item looking for them, and reading the matches and sorting them is far cheaper.
  const order = selective
    ? [sql`${mediaNews.publishedAt} + interval '0 seconds' DESC`, desc(mediaNews.id)]
    : [desc(mediaNews.publishedAt), desc(mediaNews.id)];
  const rows = await db
    .select({
      news: NEWS_COLUMNS,
      outletName: mediaOutlets.name,
      duplicates: sql<number>`(SELECT count(*)::int - 1 FROM media_news d WHERE d.duplicate_group_id = ${mediaNews.duplicateGroupId})`,
    })
    .from(mediaNews)
    .innerJoin(mediaOutlets, eq(mediaOutlets.id, mediaNews.outletId))
    .where(where)
    .orderBy(...order)
    .limit(page.limit)
    .offset(page.offset);
  const [count] = await queryRows<{ n: number }>(
    db,
    // Unfiltered, in the list's order, so that the list's index serves the count too.
    sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${mediaNews} WHERE ${where ?? sql`true`}
        ${selective ? sql`` : sql`ORDER BY published_at DESC, id DESC`} LIMIT ${COUNT_CAP + 1}) s`,
  );
  const total = count?.n ?? 0;
  return {
    items: rows.map((r) => ({ ...r.news, outletName: r.outletName, duplicates: r.duplicates })),
    total: Math.min(total, COUNT_CAP),
    totalCapped: total > COUNT_CAP,
  };
}
