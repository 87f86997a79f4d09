import { desc, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { TNewsFilters, TNewsListItem } from '../../../../shared/media';
import { fromJsonWire, type JsonField, joinJsonBody, jsonArrayText, jsonObjectText, jsonPartText, jsonWire } from '../../../db/json-text';
import { firstRow } from '../../../db/kept';
import { preparedOnce } from '../../../db/prepared';
import type { DbOrTx } from '../../../db/types';
import { mediaNews, mediaOutlets } from '../schema';
import { type ListShape, listParams, matchSource, namedPass, namedStatement, p, shapeKey, shapeOf, walksMonths } from './news-list-shape';
import { knownCommon, ONE_PASS_MAX, rememberCommon, searchMatches, searchWalk } from './news-list-search';

/** Every column of an item (the item's page). */
export const NEWS_COLUMNS = getTableColumns(mediaNews);

const n = mediaNews;

/**
 * A list row (`ZNewsListItem`) as JSON text written by the database (`jsonObjectText`): the page
 * leaves it as one text, which the server sends as it is. Reading fifty rows of eighteen columns
 * into objects and writing them out again cost the server more than the database takes to build
 * the text (on PGlite, 1,75 ms against 0,97 for a page). Joined text rather than
 * `json_build_object`: compact (31,1 KB instead of 33,6 for a page of the bench's search) and
 * cheaper for the database to write (docs/media.md, "Speed"). `publishedAt` is written as
 * `Date.toISOString` writes it.
 */
function itemJson(withSummary: boolean): SQL {
  const fields: JsonField[] = [
    ['id', n.id, 'text'],
    ['publishedAt', n.publishedAt, 'moment'],
    ['publishedDate', n.publishedDate, 'text'],
    ['title', n.title, 'text'],
    ['outletId', n.outletId, 'text'],
    ['outletName', mediaOutlets.name, 'text'],
    ['mediaType', n.mediaType, 'text'],
    ['url', n.url, 'text'],
    ['journalist', n.journalist, 'text'],
    ['tone', n.tone, 'text'],
    ['toneOrigin', n.toneOrigin, 'text'],
    ['suggestedTone', n.suggestedTone, 'text'],
    // to_json, not the number's text: a NaN would be a bare NaN, which no JSON reader accepts.
    ['suggestedScore', sql`to_json(${n.suggestedScore})`, 'json'],
    ['issues', sql`to_json(${n.issues})`, 'json'],
    ['region', n.region, 'text'],
    ['duplicateOfId', n.duplicateOfId, 'text'],
    ['duplicates', sql`(SELECT count(*)::int - 1 FROM media_news d WHERE d.duplicate_group_id = ${n.duplicateGroupId})`, 'number'],
  ];
  if (withSummary) fields.push(['summary', n.summary, 'text']);
  return jsonObjectText(fields);
}

/** A pager needs "more than 1.000", not the exact 360.000: counting stops there. */
const COUNT_CAP = 1_000;

/**
 * A number written into the statement instead of bound to it. Drizzle takes only a number (a
 * parameter) or a placeholder for LIMIT; an SQL chunk in their place is written as it is.
 */
const constant = (value: number) => sql.raw(String(value)) as unknown as number;

type ListOptions = { limit: number; offset: number; withSummary?: boolean };

/**
 * A page of the list: its items as a JSON array (`TNewsListItem[]`, with `summary` for the queue),
 * as text or, when it holds text beyond ASCII, as its bytes (db/json-text.ts, `jsonWire`).
 */
export interface NewsPage {
  itemsJson: string | Buffer;
  total: number;
  totalCapped: boolean;
}

/** A page's size or offset: written in (`constant`) or bound per request (`p`). */
type PageBound = number | ReturnType<typeof p>;

/** A page's ids, newest first: along the month walk for a text search, else from the shape's matches. */
function pageOf(db: DbOrTx, shape: ListShape, limit: PageBound, offset: PageBound) {
  if (walksMonths(shape)) {
    return (
      db
        .select({ pageId: sql<string>`w.id`.as('page_id') })
        // In the walk's order, which is newest first (news-list-search.ts).
        .from(sql`(${searchWalk(shape)}) AS w`)
        .limit(limit)
        .offset(offset)
    );
  }
  const source = matchSource(shape);
  return db
    .select({ pageId: sql<string>`${source.id}`.as('page_id') })
    .from(source.table)
    .where(source.where)
    .orderBy(desc(source.publishedAt), desc(source.id))
    .limit(limit)
    .offset(offset);
}

/**
 * The statement of a page of news for a shape of filters, built once (news-list-shape.ts). The
 * page is chosen on ids and dates alone (matchSource), the planner picking its way: along an index
 * from the newest item when matches are many (the list's own, or the issue index for a common
 * issue: 62.000 items in ten years), or the matches sorted when they are few. Only then are the
 * page's 50 whole rows read — sorting thousands of whole rows cost three times as much. The count
 * stops at the cap and needs no order. A text search without an issue reads its matches in one
 * pass (`onePass`: searchMatches, sorted and counted) or, when they are many, walks them month by
 * month (searchWalk).
 * An aggregate, it answers one row even for a page past the end, so the pager always has its count.
 *
 * `firstPage`: the first page of a named shape (namedStatement), its size written into the
 * statement. With the page's size known, a generic plan is costed as the custom one is, so the
 * database keeps one plan for the statement instead of planning each request: PostgreSQL chooses
 * it by itself after five requests, and PGlite runs the statement through `PREPARE` (pglite-named.ts).
 * A text search's first page in one pass (namedPass) has its generic plan forced on both
 * (decision record 009).
 */
function pageStatement(db: DbOrTx, shape: ListShape, withSummary: boolean, firstPage: number | null, onePass: boolean) {
  const mode = walksMonths(shape) ? (onePass ? '_pass' : '_walk') : '';
  const key = `news_list_${shapeKey(shape)}${mode}${withSummary ? '_summary' : ''}${firstPage ? `_first${firstPage}` : ''}`;
  return preparedOnce(db, key, () => {
    const source = matchSource(shape);
    const limit = firstPage ? constant(firstPage) : p('limit');
    const offset = firstPage ? 0 : p('offset');
    // A text search in one pass: its matches once, sorted for the page and counted (news-list-search.ts).
    const matches = db
      .$with('matches')
      .as(
        db
          .select({ id: sql<string>`id`.as('id'), publishedAt: sql<Date>`published_at`.as('published_at') })
          .from(sql`(${searchMatches(shape)}) AS m`),
      );
    const page = db.$with('page').as(
      onePass
        ? db
            .select({ pageId: sql<string>`${matches.id}`.as('page_id') })
            .from(matches)
            .orderBy(desc(matches.publishedAt), desc(matches.id))
            .limit(limit)
            .offset(offset)
        : pageOf(db, shape, limit, offset),
    );
    const counted = db.$with('counted').as(
      onePass
        ? db.select({ total: sql<number>`count(*)::int`.as('total') }).from(matches)
        : db.select({ total: sql<number>`count(*)::int`.as('total') }).from(
            db
              .select({ one: sql`1` })
              .from(source.table)
              .where(source.where)
              .limit(constant(COUNT_CAP + 1))
              .as('matches'),
          ),
    );
    const statement = db
      .with(...(onePass ? [matches] : []), page, counted)
      .select({
        itemsJson: sql<string>`${jsonWire(jsonArrayText(itemJson(withSummary), sql`${n.publishedAt} DESC, ${n.id} DESC`))}`,
        total: sql<number>`(SELECT ${counted.total} FROM ${counted})`,
      })
      .from(page)
      .innerJoin(n, sql`${n.id} = ${page.pageId}`)
      .innerJoin(mediaOutlets, sql`${mediaOutlets.id} = ${n.outletId}`);
    return {
      name: key,
      // Named: parsed once per PostgreSQL connection (namedStatement).
      prepared: statement.prepare(namedStatement(shape) ? key : ''),
      query: statement.toSQL(),
    };
  });
}

/**
 * One page of news, newest first, with the group sizes of the page's items and the capped count, in
 * one statement — two for a text search found common on the spot (ONE_PASS_MAX).
 */
export async function listNews(db: DbOrTx, filters: TNewsFilters, options: ListOptions): Promise<NewsPage> {
  const shape = shapeOf(filters);
  if (!walksMonths(shape) || knownCommon(filters)) return runPage(db, filters, options, false);
  const page = await runPage(db, filters, options, true);
  if (page.total <= ONE_PASS_MAX) return page;
  rememberCommon(filters);
  return runPage(db, filters, options, false);
}

async function runPage(db: DbOrTx, filters: TNewsFilters, { limit, offset, withSummary = false }: ListOptions, onePass: boolean) {
  const shape = shapeOf(filters);
  const firstPage = (namedStatement(shape) || (onePass && namedPass(shape))) && offset === 0 ? limit : null;
  const statement = pageStatement(db, shape, withSummary, firstPage, onePass);
  const params = { ...listParams(filters), limit, offset };
  const values = await firstRow(db, statement, params, { named: firstPage !== null, generic: onePass });
  const row = values ? { itemsJson: fromJsonWire(values[0] as string), total: values[1] as number } : undefined;
  const total = row?.total ?? 0;
  // A pass's count is of its matches (up to ONE_PASS_MAX + 1): the caller reads it before it is capped.
  if (onePass && total > ONE_PASS_MAX) return { itemsJson: '[]', total, totalCapped: true };
  return { itemsJson: row?.itemsJson ?? '[]', total: Math.min(total, COUNT_CAP), totalCapped: total > COUNT_CAP };
}

/** The page as the list's response body (`ZNewsList`, `ZNewsQueue`), its items written once, by the database. */
export function newsPageBody(page: NewsPage): string | Buffer {
  return joinJsonBody(['{"items":', page.itemsJson, `,"total":${page.total},"totalCapped":${page.totalCapped}}`]);
}

/** The page's items as values (an export's rows). */
export function newsPageItems(page: NewsPage): TNewsListItem[] {
  return JSON.parse(jsonPartText(page.itemsJson)) as TNewsListItem[];
}
