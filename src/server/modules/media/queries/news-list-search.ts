import { and, type SQL, sql } from 'drizzle-orm';
import { mediaNewsSearch } from '../news/list-indexes';
import { type ListShape, listIndexWhere, p, textQuery } from './news-list-shape';

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
