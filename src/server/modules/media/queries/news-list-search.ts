import { and, type SQL, sql } from 'drizzle-orm';
import type { TNewsFilters } from '../../../../shared/media';
import { mediaNewsSearch } from '../news/list-indexes';
import { type ListShape, listIndexWhere, p, textQuery } from './news-list-shape';

/**
 * The most matches a text search sorts in one pass (searchMatches). Measured on ten years of news,
 * one statement at a time, a pass with its generic plan against the walk planned per request: on
 * PostgreSQL 2,2 ms against 3,4 for a word found 1.065 times, 3,6 against 3,9 at 3.007 and 4,2
 * against 3,9 at 3.831; on PGlite 3,0 against 4,9, 4,4 against 5,5 and 5,0 against 6,9, then 6,3
 * against 5,8 at 4.600 — the pass reads every match, the walk a month of them.
 */
export const ONE_PASS_MAX = 3_000;

/**
 * The statement for a text search reads every match once, sorts them and counts them
 * (`WITH matches …`, news-list.ts) — or it walks the months (searchWalk) when there may be more
 * matches than ONE_PASS_MAX: a common word's matches would take thousands of rows to sort where
 * the walk sorts one month's. Which searches are common is learnt: a pass that finds more than
 * ONE_PASS_MAX matches answers nothing, the walk answers instead, and this search (its text and
 * filters) walks from then on. Bounded, oldest forgotten first; a search forgotten, or one whose
 * word grew common since, costs one pass more.
 */
const commonSearches = new Map<string, true>();
const COMMON_SEARCHES_KEPT = 500;

function searchKey(filters: TNewsFilters): string {
  return JSON.stringify([filters.q, filters.from, filters.to, filters.outletId, filters.mediaType, filters.tone, filters.duplicates]);
}

export function knownCommon(filters: TNewsFilters): boolean {
  return commonSearches.has(searchKey(filters));
}

export function rememberCommon(filters: TNewsFilters): void {
  commonSearches.set(searchKey(filters), true);
  if (commonSearches.size > COMMON_SEARCHES_KEPT) commonSearches.delete(commonSearches.keys().next().value!);
}

/**
 * A text search's matches, at most ONE_PASS_MAX + 1, for a CTE that the page sorts and the count
 * counts: one GIN lookup and one read of each match, where the walk looks the text up once per
 * month and the count once more.
 */
export function searchMatches(shape: ListShape): SQL {
  return sql`SELECT ${s.newsId} AS id, ${s.publishedAt} AS published_at FROM ${s}
    WHERE ${and(sql`${s.words} @@ ${textQuery}`, ...listIndexWhere(s, shape))}
    LIMIT ${sql.raw(String(ONE_PASS_MAX + 1))}`;
}

/** How many months a page walks one by one before it sorts what older matches remain. */
const WALKED_MONTHS = 12;

const s = mediaNewsSearch;

/**
 * A text search's page, newest first, as the ids of a subquery `w(id, published_at)` in the
 * order of the walk: month by month from the newest, each month's word (`#202108`, migration 0013)
 * ANDed to the text so the GIN lookup returns that month's matches only — a phrase found 2.455
 * times in ten years sorts 187 — and the walk stops at the month that fills the page: the months
 * are the outer side of a nested loop under a LIMIT, which pulls no further than it needs. After
 * twelve months, the older matches are sorted in one go. All in one statement, so a page is one
 * round trip whatever the number of months.
 *
 * The walk's months are clamped to the index's first and last month and to the filters' dates.
 * A text of no words walks nothing (its month's word alone would match every item of the month).
 */
export function searchWalk(shape: ListShape): SQL {
  const filters = listIndexWhere(s, shape);
  const take = sql`(${p('limit')}::int + ${p('offset')}::int)`;
  const toMonth = shape.to ? sql`date_trunc('month', ${p('to')}::timestamp)` : sql`NULL`;
  const fromMonth = shape.from ? sql`date_trunc('month', ${p('from')}::timestamp)` : sql`NULL`;
  const newestFirst = sql`ORDER BY ${s.publishedAt} DESC, ${s.newsId} DESC LIMIT ${take}`;
  return sql`
    WITH span AS (
      SELECT least(date_trunc('month', max(${s.publishedAt}) AT TIME ZONE 'Asia/Jakarta'), ${toMonth}) AS last,
             greatest(date_trunc('month', min(${s.publishedAt}) AT TIME ZONE 'Asia/Jakarta'), ${fromMonth}) AS first
      FROM ${s} WHERE numnode(${textQuery}) > 0
    ), walk AS (
      SELECT last, first, greatest(first, last - interval '${sql.raw(String(WALKED_MONTHS - 1))} months') AS oldest FROM span
    )
    SELECT found.id, found.published_at FROM walk, generate_series(walk.last, walk.oldest, interval '-1 month') AS month
    CROSS JOIN LATERAL (
      SELECT id, published_at FROM (
        SELECT ${s.newsId} AS id, ${s.publishedAt} AS published_at FROM ${s}
        WHERE ${and(sql`${s.words} @@ (${textQuery} && ('#' || to_char(month, 'YYYYMM'))::tsquery)`, ...filters)}
        -- A fence: planned apart from the ORDER BY and LIMIT, the month's matches come from the GIN
        -- index. Without it the planner, which cannot tell how rare a month's matches are, walked
        -- the publication-time index backwards through ten years of items testing each.
        OFFSET 0
      ) AS month_matches
      ORDER BY published_at DESC, id DESC LIMIT ${take}
    ) AS found
    UNION ALL (
      SELECT ${s.newsId}, ${s.publishedAt} FROM ${s}
      WHERE (SELECT first < oldest FROM walk)
        AND ${and(sql`${s.words} @@ ${textQuery}`, sql`${s.publishedAt} < (SELECT oldest AT TIME ZONE 'Asia/Jakarta' FROM walk)`, ...filters)}
      ${newestFirst}
    )`;
}
