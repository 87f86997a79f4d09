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

/** Every column of an item but its search vector. */
const { titleSearch: _search, ...NEWS_COLUMNS } = getTableColumns(mediaNews);
export { NEWS_COLUMNS };

/** The columns a list row shows (`ZNewsListItem`); the queue adds the summary. */
const LIST_COLUMNS = {
  id: mediaNews.id,
  publishedAt: mediaNews.publishedAt,
  publishedDate: mediaNews.publishedDate,
  title: mediaNews.title,
  outletId: mediaNews.outletId,
  mediaType: mediaNews.mediaType,
  url: mediaNews.url,
  journalist: mediaNews.journalist,
  tone: mediaNews.tone,
  toneOrigin: mediaNews.toneOrigin,
  suggestedTone: mediaNews.suggestedTone,
  suggestedScore: mediaNews.suggestedScore,
  issues: mediaNews.issues,
  region: mediaNews.region,
  duplicateOfId: mediaNews.duplicateOfId,
};

/** A list row as read (`ZNewsListItem` before presenting); the queue's rows have their summary. */
export type NewsListRow = {
  [K in keyof typeof LIST_COLUMNS]:
    | (typeof LIST_COLUMNS)[K]['_']['data']
    | ((typeof LIST_COLUMNS)[K]['_']['notNull'] extends true ? never : null);
} & { outletName: string; duplicates: number; summary?: string | null };

/** A pager needs "more than 1.000", not the exact 360.000: counting stops there. */
const COUNT_CAP = 1_000;

type ListOptions = { limit: number; offset: number; withSummary?: boolean };

/**
 * One page of news, newest first, with the group sizes of the page's items, in one statement.
 * The page is chosen on ids and dates alone, the planner picking its way: along the list's index
 * from the newest item when matches are many (a common issue: 62.000 items in ten years), or the
 * matches sorted when they are few (a phrase). Only then are the page's 50 whole rows read —
 * sorting thousands of whole rows cost three times as much. The count stops at the cap and needs
 * no order.
 */
export async function listNews(
  db: DbOrTx,
  where: SQL | undefined,
  { limit, offset, withSummary = false }: ListOptions,
): Promise<{ items: NewsListRow[]; total: number; totalCapped: boolean }> {
  const page = db
    .$with('page')
    .as(
      db
        .select({ id: mediaNews.id })
        .from(mediaNews)
        .where(where)
        .orderBy(desc(mediaNews.publishedAt), desc(mediaNews.id))
        .limit(limit)
        .offset(offset),
    );
  const counted = db.$with('counted').as(
    db.select({ total: sql<number>`count(*)::int`.as('total') }).from(
      db
        .select({ one: sql`1` })
        .from(mediaNews)
        .where(where)
        .limit(COUNT_CAP + 1)
        .as('matches'),
    ),
  );
  const rows = await db
    .with(page, counted)
    .select({
      ...LIST_COLUMNS,
      ...(withSummary ? { summary: mediaNews.summary } : {}),
      outletName: mediaOutlets.name,
      duplicates: sql<number>`(SELECT count(*)::int - 1 FROM media_news d WHERE d.duplicate_group_id = ${mediaNews.duplicateGroupId})`,
      total: counted.total,
    })
    .from(page)
    .innerJoin(mediaNews, eq(mediaNews.id, page.id))
    .innerJoin(mediaOutlets, eq(mediaOutlets.id, mediaNews.outletId))
    .crossJoin(counted)
    .orderBy(desc(mediaNews.publishedAt), desc(mediaNews.id));
  // An empty page past the end still needs the count for the pager.
  const total = rows[0]?.total ?? (offset ? await countNews(db, where) : 0);
  return { items: rows.map(({ total: _t, ...item }) => item), total: Math.min(total, COUNT_CAP), totalCapped: total > COUNT_CAP };
}

async function countNews(db: DbOrTx, where: SQL | undefined): Promise<number> {
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${mediaNews} WHERE ${where ?? sql`true`} LIMIT ${COUNT_CAP + 1}) s`,
  );
  return count?.n ?? 0;
}
