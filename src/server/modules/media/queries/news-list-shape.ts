import { and, eq, gte, inArray, isNull, lt, lte, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { TNewsFilters } from '../../../../shared/media';
import { mediaNewsIssue, mediaNewsSearch } from '../news/list-indexes';
import { addDays, jakartaMidnight } from '../normalize';
import { mediaNews } from '../schema';

/**
 * The news list's statements are built once per *shape* — which filters are set, not their
 * values — and prepared; a request binds its values to the placeholders below. Building a
 * statement with Drizzle costs about as much of the server's time as running it (0,9 ms of 1,7 on
 * PostgreSQL), and a list is the most requested thing in the application.
 */
export interface ListShape {
  /** Syndicated copies and repeated URLs included (`duplicates=1`). */
  copies: boolean;
  from: boolean;
  to: boolean;
  outlet: boolean;
  mediaType: boolean;
  tone: 'none' | 'value' | undefined;
  issue: boolean;
  q: boolean;
}

export function shapeOf(f: TNewsFilters): ListShape {
  return {
    copies: f.duplicates === '1',
    from: Boolean(f.from),
    to: Boolean(f.to),
    outlet: Boolean(f.outletId),
    mediaType: Boolean(f.mediaType),
    tone: f.tone === 'none' ? 'none' : f.tone ? 'value' : undefined,
    issue: Boolean(f.issue),
    q: Boolean(f.q),
  };
}

/** A shape as a short key: one letter per filter set. */
export function shapeKey(s: ListShape): string {
  return [
    s.copies && 'c',
    s.from && 'f',
    s.to && 't',
    s.outlet && 'o',
    s.mediaType && 'm',
    s.tone === 'none' && 'n',
    s.tone === 'value' && 'v',
    s.issue && 'i',
    s.q && 'q',
  ]
    .filter(Boolean)
    .join('');
}

/** Placeholders' names and the values a request binds to them. */
export type ListParams = Record<string, string | number | undefined>;

export function listParams(f: TNewsFilters): ListParams {
  return {
    from: f.from,
    to: f.to,
    // The list indexes hold the publication moment: a day range becomes the moments from the first
    // day's midnight in Jakarta to the midnight after the last, which is what `published_date` means.
    fromAt: f.from ? jakartaMidnight(f.from).toISOString() : undefined,
    toAt: f.to ? jakartaMidnight(addDays(f.to, 1)).toISOString() : undefined,
    outletId: f.outletId,
    mediaType: f.mediaType,
    tone: f.tone === 'none' ? undefined : f.tone,
    issue: f.issue,
    q: f.q,
  };
}

/** A value bound per request (listParams' names, and the page's `limit` and `offset`). */
export const p = (name: string) => sql.placeholder(name);

/** A text as typed, as a query of Indonesian stems. */
export const textQuery = sql`websearch_to_tsquery('indonesian', ${p('q')})`;
const searchWords = sql`${mediaNewsSearch.words} @@ ${textQuery}`;

/** The filters a list table holds under the same names: outlet, media type and tone. */
function sharedFilters(x: { outletId: PgColumn; mediaType: PgColumn; tone: PgColumn }, s: ListShape): SQL[] {
  const conditions: SQL[] = [];
  if (s.outlet) conditions.push(eq(x.outletId, p('outletId')));
  if (s.mediaType) conditions.push(eq(x.mediaType, p('mediaType')));
  if (s.tone === 'none') conditions.push(isNull(x.tone));
  else if (s.tone) conditions.push(eq(x.tone, p('tone')));
  return conditions;
}

/** The shape's filters but the issue and the text, on media_news. By default one item per duplicate group. */
function newsWhere(s: ListShape): SQL | undefined {
  const conditions: SQL[] = [];
  if (!s.copies) conditions.push(isNull(mediaNews.duplicateOfId));
  if (s.from) conditions.push(gte(mediaNews.publishedDate, p('from')));
  if (s.to) conditions.push(lte(mediaNews.publishedDate, p('to')));
  return and(...conditions, ...sharedFilters(mediaNews, s));
}

type ListIndex = typeof mediaNewsIssue | typeof mediaNewsSearch;

/** The filters every list index holds (news/list-indexes.ts), on the moment of publication. */
export function listIndexWhere(x: ListIndex, s: ListShape): SQL[] {
  const conditions: SQL[] = [];
  if (!s.copies) conditions.push(eq(x.counted, true));
  if (s.from) conditions.push(gte(x.publishedAt, p('fromAt')));
  if (s.to) conditions.push(lt(x.publishedAt, p('toAt')));
  return [...conditions, ...sharedFilters(x, s)];
}

/** Where a list's matches are chosen from, and its order's columns there. */
export interface MatchSource {
  table: PgTable;
  id: PgColumn;
  publishedAt: PgColumn;
  where: SQL | undefined;
}

/** A text search without an issue: its page's matches are found month by month (news-list-search.ts). */
export const walksMonths = (s: ListShape) => s.q && !s.issue;

/**
 * The items a shape matches: from the issue index when an issue is chosen (a walk down its btree,
 * newest first; a text search with it narrows it as a semi-join), from the search index when a
 * text is (its GIN index, a month at a time), else from media_news and its own indexes.
 */
export function matchSource(s: ListShape): MatchSource {
  if (s.issue) {
    const i = mediaNewsIssue;
    const conditions = [eq(i.issue, p('issue')), ...listIndexWhere(i, s)];
    if (s.q) conditions.push(inArray(i.newsId, sql`(SELECT ${mediaNewsSearch.newsId} FROM ${mediaNewsSearch} WHERE ${searchWords})`));
    return { table: i, id: i.newsId, publishedAt: i.publishedAt, where: and(...conditions) };
  }
  if (s.q) {
    const x = mediaNewsSearch;
    return { table: x, id: x.newsId, publishedAt: x.publishedAt, where: and(searchWords, ...listIndexWhere(x, s)) };
  }
  return { table: mediaNews, id: mediaNews.id, publishedAt: mediaNews.publishedAt, where: newsWhere(s) };
}

/**
 * Whether the shape's statements are named, and its first page keeps one plan (news-list.ts). A
 * named statement is parsed once per PostgreSQL connection. With the page's LIMIT a parameter its
 * generic plan was costed for an unknown size and PostgreSQL never chose it (forced, one took
 * 270 ms where the custom plan took 3); a first page has its size written in, and then the generic
 * plan is the custom one, kept instead of planned per request (on PGlite, where planning cost half
 * of the page: 1,6 ms a page instead of 3,2). So only shapes where one plan suits every value:
 * with no filter but the counted flag (and the unlabelled items), the list walks its own index
 * from the newest item; with an issue, that issue's entries of the issue index, which lie together
 * whatever the issue. A date range or a tone on media_news can match ten items or a hundred
 * thousand, and a text a handful or most of the news: those are planned for their values — but
 * for a text read in one pass, whose matches are at most 3.000 whatever the text (namedPass).
 */
export function namedStatement(s: ListShape): boolean {
  if (s.q) return false;
  if (s.issue) return true;
  return !s.from && !s.to && !s.outlet && !s.mediaType && s.tone !== 'value';
}

/**
 * Whether a text search's first page in one pass (news-list-search.ts) keeps one plan: with no
 * filter but the counted flag, its matches can only come from the GIN index, whatever the text. A
 * date range could be planned along the publication-time index instead, testing each item of the
 * range — right for a common word, ruinous for a rare one.
 */
export function namedPass(s: ListShape): boolean {
  return walksMonths(s) && !s.from && !s.to && !s.outlet && !s.mediaType && s.tone === undefined;
}
