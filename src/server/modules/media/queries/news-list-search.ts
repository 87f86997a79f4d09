import { and, desc, lt, sql } from 'drizzle-orm';
import { preparedOnce } from '../../../db/prepared';
import type { DbOrTx } from '../../../db/types';
import { mediaNewsSearch } from '../news/list-indexes';
import { jakartaMidnight } from '../normalize';
import { type ListParams, type ListShape, listIndexWhere, shapeKey, textQuery } from './news-list-shape';

/** Months as `YYYYMM` numbers; one step back or on; the moment one begins in Jakarta. */
const monthOf = (date: string) => Number(date.slice(0, 4)) * 100 + Number(date.slice(5, 7));
const monthBefore = (m: number) => (m % 100 === 1 ? m - 89 : m - 1);
const monthAfter = (m: number) => (m % 100 === 12 ? m + 89 : m + 1);
const monthStart = (m: number) => jakartaMidnight(`${Math.floor(m / 100)}-${String(m % 100).padStart(2, '0')}-01`);

/** How many months a page walks one by one before it sorts what older matches remain. */
const WALKED_MONTHS = 12;

const s = mediaNewsSearch;

/** The first and last day the search index holds, and how many terms the text has. */
function spanStatement(db: DbOrTx) {
  return preparedOnce(db, 'news_search_span', () =>
    db
      .select({
        first: sql<string | null>`to_char(min(${s.publishedAt}) AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD')`,
        last: sql<string | null>`to_char(max(${s.publishedAt}) AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD')`,
        terms: sql<number>`numnode(${textQuery})`,
      })
      .from(s)
      .prepare(''),
  );
}

/** The newest `take` matches of a month (its word, `#202108`, ANDed to the text) or of all before a moment. */
function matchesStatement(db: DbOrTx, shape: ListShape, within: 'month' | 'before') {
  return preparedOnce(db, `news_search_${within}_${shapeKey(shape)}`, () => {
    const match =
      within === 'month'
        ? sql`${s.words} @@ (${textQuery} && ${sql.placeholder('month')}::tsquery)`
        : and(sql`${s.words} @@ ${textQuery}`, lt(s.publishedAt, sql.placeholder('before')));
    return db
      .select({ id: s.newsId })
      .from(s)
      .where(and(match, ...listIndexWhere(s, shape)))
      .orderBy(desc(s.publishedAt), desc(s.newsId))
      .limit(sql.placeholder('take'))
      .prepare('');
  });
}

/**
 * A text's newest `take` matches, month by month from the newest: each month's word (migration
 * 0013) narrows the GIN lookup to that month, so a page sorts a month's matches — a phrase found
 * 2.455 times in ten years sorts 187 — and stops at the month that fills it. After a year of months
 * the older matches are sorted in one query: a rare phrase asks at most thirteen times.
 */
export async function searchNewestFirst(db: DbOrTx, shape: ListShape, params: ListParams, take: number): Promise<string[]> {
  const [span] = await spanStatement(db).execute({ q: params.q });
  // A text of no words matches nothing (and would leave the month's word alone to match).
  if (!span?.first || !span.last || span.terms === 0) return [];
  const from = params.from as string | undefined;
  const to = params.to as string | undefined;
  const first = Math.max(monthOf(span.first), from ? monthOf(from) : 0);
  const last = Math.min(monthOf(span.last), to ? monthOf(to) : Number.POSITIVE_INFINITY);
  const ids: string[] = [];
  let month = last;
  for (let walked = 0; month >= first && walked < WALKED_MONTHS && ids.length < take; walked++) {
    const rows = await matchesStatement(db, shape, 'month').execute({ ...params, month: `#${month}`, take: take - ids.length });
    ids.push(...rows.map((r) => r.id));
    month = monthBefore(month);
  }
  // Older than the months walked: one sort of what remains.
  if (month >= first && ids.length < take) {
    const before = monthStart(monthAfter(month)).toISOString();
    const rows = await matchesStatement(db, shape, 'before').execute({ ...params, before, take: take - ids.length });
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}
