import { and, desc, eq, getTableColumns, gte, inArray, isNull, lt, lte, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { TNewsFilters } from '../../../../shared/media';
import { queryRows } from '../../../db/sql';
import type { DbOrTx } from '../../../db/types';
import { mediaNewsIssue, mediaNewsSearch } from '../news/list-indexes';
import { addDays, jakartaMidnight } from '../normalize';
import { mediaNews, mediaOutlets } from '../schema';
import { arrayLiteral } from '../sql-arrays';

/** A text as typed, as a query of Indonesian stems. */
const textQuery = (q: string) => sql`websearch_to_tsquery('indonesian', ${q})`;
const searchWords = (q: string) => sql`${mediaNewsSearch.words} @@ ${textQuery(q)}`;

/**
 * The list's filters but the issue and the text as one `where` on media_news (those two are looked
 * up in their own indexes: matchSource). By default one item per duplicate group (the one counted).
 */
function newsWhere(f: Omit<TNewsFilters, 'issue' | 'q'>): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (f.duplicates !== '1') conditions.push(isNull(mediaNews.duplicateOfId));
  if (f.from) conditions.push(gte(mediaNews.publishedDate, f.from));
  if (f.to) conditions.push(lte(mediaNews.publishedDate, f.to));
  if (f.outletId) conditions.push(eq(mediaNews.outletId, f.outletId));
  if (f.mediaType) conditions.push(eq(mediaNews.mediaType, f.mediaType));
  if (f.tone === 'none') conditions.push(isNull(mediaNews.tone));
  else if (f.tone) conditions.push(eq(mediaNews.tone, f.tone));
  return and(...conditions);
}

type ListIndex = typeof mediaNewsIssue | typeof mediaNewsSearch;

/**
 * The filters every list index holds (news/list-indexes.ts). Their rows carry the publication
 * moment, not the day: a day range becomes the moments from the first day's midnight in Jakarta to
 * the midnight after the last, which is what `published_date` means.
 */
function listIndexWhere(x: ListIndex, f: TNewsFilters): SQL[] {
  const conditions: SQL[] = [];
  if (f.duplicates !== '1') conditions.push(eq(x.counted, true));
  if (f.from) conditions.push(gte(x.publishedAt, jakartaMidnight(f.from)));
  if (f.to) conditions.push(lt(x.publishedAt, jakartaMidnight(addDays(f.to, 1))));
  if (f.outletId) conditions.push(eq(x.outletId, f.outletId));
  if (f.mediaType) conditions.push(eq(x.mediaType, f.mediaType));
  if (f.tone === 'none') conditions.push(isNull(x.tone));
  else if (f.tone) conditions.push(eq(x.tone, f.tone));
  return conditions;
}

/** Where a list's matches are chosen from, and its order's columns there. */
interface MatchSource {
  table: PgTable;
  id: PgColumn;
  publishedAt: PgColumn;
  where: SQL | undefined;
  /** The first `take` matches' ids, newest first, where a walk finds them cheaper than one sort. */
  newestFirst?: (db: DbOrTx, take: number) => Promise<string[]>;
}

/** Months as `YYYYMM` numbers; one step back or on; the moment one begins in Jakarta. */
const monthOf = (date: string) => Number(date.slice(0, 4)) * 100 + Number(date.slice(5, 7));
const monthBefore = (m: number) => (m % 100 === 1 ? m - 89 : m - 1);
const monthAfter = (m: number) => (m % 100 === 12 ? m + 89 : m + 1);
const monthStart = (m: number) => jakartaMidnight(`${Math.floor(m / 100)}-${String(m % 100).padStart(2, '0')}-01`);

/** How many months a page walks one by one before it sorts what older matches remain. */
const WALKED_MONTHS = 12;

/**
 * A text's newest matches, month by month from the newest: each month's word (`#202108`, migration
 * 0013) narrows the GIN lookup to that month, so a page sorts a month's matches — a phrase found
 * 2.455 times in ten years sorts 187 — and stops at the month that fills it. After a year of months
 * the older matches are sorted in one query: a rare phrase asks at most thirteen times.
 */
function searchNewestFirst(f: TNewsFilters, q: string) {
  const s = mediaNewsSearch;
  const filters = listIndexWhere(s, f);
  const text = textQuery(q);
  return async (db: DbOrTx, take: number): Promise<string[]> => {
    const [span] = await queryRows<{ first: string | null; last: string | null; terms: number }>(
      db,
      sql`SELECT to_char(min(published_at) AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD') AS first,
                 to_char(max(published_at) AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD') AS last,
                 numnode(${text}) AS terms
          FROM ${s}`,
    );
    // A text of no words matches nothing (and would leave the month's word alone to match).
    if (!span?.first || !span.last || span.terms === 0) return [];
    const first = Math.max(monthOf(span.first), f.from ? monthOf(f.from) : 0);
    const last = Math.min(monthOf(span.last), f.to ? monthOf(f.to) : Number.POSITIVE_INFINITY);
    const ids: string[] = [];
    const fetch = async (match: SQL) => {
      const rows = await db
        .select({ id: s.newsId })
        .from(s)
        .where(and(match, ...filters))
        .orderBy(desc(s.publishedAt), desc(s.newsId))
        .limit(take - ids.length);
      ids.push(...rows.map((r) => r.id));
    };
    let month = last;
    for (let walked = 0; month >= first && walked < WALKED_MONTHS && ids.length < take; walked++) {
      await fetch(sql`${s.words} @@ (${text} && ${`#${month}`}::tsquery)`);
      month = monthBefore(month);
    }
    // Older than the months walked: one sort of what remains.
    if (month >= first && ids.length < take) {
      await fetch(and(sql`${s.words} @@ ${text}`, lt(s.publishedAt, monthStart(monthAfter(month))))!);
    }
    return ids;
  };
}

/**
 * The items the filters match: from the issue index when an issue is chosen (a walk down its btree,
 * newest first; a text search with it narrows it as a semi-join), from the search index when a
 * text is (its GIN index, a month at a time), else from media_news and its own indexes.
 */
function matchSource(f: TNewsFilters): MatchSource {
  if (f.issue) {
    const i = mediaNewsIssue;
    const conditions = [eq(i.issue, f.issue), ...listIndexWhere(i, f)];
    if (f.q) conditions.push(inArray(i.newsId, sql`(SELECT ${mediaNewsSearch.newsId} FROM ${mediaNewsSearch} WHERE ${searchWords(f.q)})`));
    return { table: i, id: i.newsId, publishedAt: i.publishedAt, where: and(...conditions) };
  }
  if (f.q) {
    const s = mediaNewsSearch;
    const where = and(searchWords(f.q), ...listIndexWhere(s, f));
    return { table: s, id: s.newsId, publishedAt: s.publishedAt, where, newestFirst: searchNewestFirst(f, f.q) };
  }
  return { table: mediaNews, id: mediaNews.id, publishedAt: mediaNews.publishedAt, where: newsWhere(f) };
}

/** Every column of an item (the item's page). */
export const NEWS_COLUMNS = getTableColumns(mediaNews);

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
 * The page is chosen on ids and dates alone (matchSource), the planner picking its way: along an
 * index from the newest item when matches are many (the list's own, or the issue index for a
 * common issue: 62.000 items in ten years), or the matches sorted when they are few (a phrase).
 * Only then are the page's 50 whole rows read — sorting thousands of whole rows cost three times as
 * much. The count stops at the cap and needs no order.
 */
export async function listNews(
  db: DbOrTx,
  filters: TNewsFilters,
  { limit, offset, withSummary = false }: ListOptions,
): Promise<{ items: NewsListRow[]; total: number; totalCapped: boolean }> {
  const source = matchSource(filters);
  const chosen = source.newestFirst ? (await source.newestFirst(db, offset + limit)).slice(offset) : null;
  const page = db.$with('page').as(
    chosen
      ? db
          .select({ pageId: sql<string>`u.page_id`.as('page_id') })
          // One array parameter, unnested: fifty `IN` constants cost the planner 4 ms.
          .from(sql`unnest(${arrayLiteral(chosen)}::text[]) AS u(page_id)`)
      : db
          .select({ pageId: sql<string>`${source.id}`.as('page_id') })
          .from(source.table)
          .where(source.where)
          .orderBy(desc(source.publishedAt), desc(source.id))
          .limit(limit)
          .offset(offset),
  );
  const counted = db.$with('counted').as(
    db.select({ total: sql<number>`count(*)::int`.as('total') }).from(
      db
        .select({ one: sql`1` })
        .from(source.table)
        .where(source.where)
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
    .innerJoin(mediaNews, eq(mediaNews.id, page.pageId))
    .innerJoin(mediaOutlets, eq(mediaOutlets.id, mediaNews.outletId))
    .crossJoin(counted)
    .orderBy(desc(mediaNews.publishedAt), desc(mediaNews.id));
  // An empty page past the end still needs the count for the pager.
  const total = rows[0]?.total ?? (offset ? await countMatches(db, source) : 0);
  return { items: rows.map(({ total: _t, ...item }) => item), total: Math.min(total, COUNT_CAP), totalCapped: total > COUNT_CAP };
}

async function countMatches(db: DbOrTx, source: MatchSource): Promise<number> {
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${source.table} WHERE ${source.where ?? sql`true`} LIMIT ${COUNT_CAP + 1}) s`,
  );
  return count?.n ?? 0;
}
