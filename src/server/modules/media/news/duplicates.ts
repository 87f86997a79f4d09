import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/types';
import { queryRows } from '../../../db/sql';
import { addDays } from '../normalize';
import { arrayLiteral } from '../sql-arrays';

/**
 * Two outlets carrying one agency story publish it within a few days under the same headline:
 * that is a syndicated copy. Further apart, a repeated headline is more likely a new story.
 */
export const SYNDICATION_WINDOW_DAYS = 3;

/** What duplicate detection needs of an item about to be stored. */
export interface KeyedItem {
  id: string;
  urlKey: string | null;
  titleKey: string;
  publishedDate: string;
}

/** An item already stored, as far as it can be the first of a group. */
export interface ExistingItem {
  id: string;
  groupId: string;
  canonicalId: string;
  urlKey: string | null;
  titleKey: string;
  publishedDate: string;
  title: string;
  outletName: string;
}

export interface DuplicateMatch {
  /** Index of the new item. */
  index: number;
  reason: 'url' | 'syndicated';
  groupId: string;
  /** The item counted for the group (new or stored). */
  canonicalId: string;
  /** When the group's first item is in the same batch: its index. */
  ofIndex?: number;
  /** When it is already stored. */
  existing?: ExistingItem;
}

const dayDiff = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

/** Stored items that share a URL with the batch, or a headline within the syndication window. */
export async function loadCandidates(db: DbOrTx, items: Omit<KeyedItem, 'id'>[]): Promise<ExistingItem[]> {
  if (items.length === 0) return [];
  const urlKeys = [...new Set(items.map((i) => i.urlKey).filter((k): k is string => !!k))];
  const titleKeys = [...new Set(items.map((i) => i.titleKey))];
  const dates = items.map((i) => i.publishedDate).sort();
  const from = addDays(dates[0]!, -SYNDICATION_WINDOW_DAYS);
  const to = addDays(dates[dates.length - 1]!, SYNDICATION_WINDOW_DAYS);
  const columns = sql`n.id, n.duplicate_group_id AS "groupId", coalesce(n.duplicate_of_id, n.id) AS "canonicalId",
    n.url_key AS "urlKey", n.title_key AS "titleKey", n.published_date::text AS "publishedDate", n.title, o.name AS "outletName"`;
  // Two lookups, each on its own index (an OR of the two would read the whole table). Each key list
  // is handed over through a sub-select the planner does not look into: given 20.000 keys as
  // constants, it spent 60 ms estimating their selectivity one by one and then, expecting 20.000
  // matches, read the whole table in parallel instead of probing the index (175 ms against 60).
  return queryRows<ExistingItem>(
    db,
    sql`SELECT ${columns} FROM media_news n JOIN media_outlets o ON o.id = n.outlet_id
        WHERE n.url_key = ANY((SELECT ${arrayLiteral(urlKeys)}::text[])::text[])
        UNION
        SELECT ${columns} FROM media_news n JOIN media_outlets o ON o.id = n.outlet_id
        WHERE n.title_key = ANY((SELECT ${arrayLiteral(titleKeys)}::text[])::text[]) AND n.published_date BETWEEN ${from} AND ${to}`,
  );
}

/**
 * Finds, for each new item, the group it belongs to: the same URL (anywhere in time) or the same
 * headline within the window, among the stored items first, then the earlier items of the batch.
 * Items that match nothing start their own group. Pure: the caller loads the candidates.
 */
export function matchDuplicates(items: KeyedItem[], existing: ExistingItem[]): DuplicateMatch[] {
  const matcher = new DuplicateMatcher(existing);
  const matches: DuplicateMatch[] = [];
  items.forEach((item, index) => {
    const match = matcher.next(item, index);
    if (match) matches.push(match);
  });
  return matches;
}

/**
 * `matchDuplicates` one item at a time, in the batch's order: a bulk insert groups each row just
 * before writing it, while the database stores the rows before it.
 */
export class DuplicateMatcher {
  private readonly storedByUrl = new Map<string, ExistingItem>();
  private readonly storedByTitle = new Map<string, ExistingItem[]>();
  /** The batch's own items, as they are assigned: where each group starts. */
  private readonly group = new Map<number, { groupId: string; canonicalId: string; ofIndex?: number; existing?: ExistingItem }>();
  private readonly batchByUrl = new Map<string, number>();
  private readonly batchByTitle = new Map<string, { index: number; publishedDate: string }[]>();

  constructor(existing: ExistingItem[]) {
    for (const e of existing) {
      if (e.urlKey && !this.storedByUrl.has(e.urlKey)) this.storedByUrl.set(e.urlKey, e);
      const same = this.storedByTitle.get(e.titleKey);
      if (same) same.push(e);
      else this.storedByTitle.set(e.titleKey, [e]);
    }
  }

  /** The group of the batch's item at `index` (items come in order), or undefined when it starts one. */
  next(item: KeyedItem, index: number): DuplicateMatch | undefined {
    let match: DuplicateMatch | undefined;
    const sameUrl = item.urlKey ? this.storedByUrl.get(item.urlKey) : undefined;
    const earlierUrl = item.urlKey ? this.batchByUrl.get(item.urlKey) : undefined;
    if (sameUrl) {
      match = { index, reason: 'url', groupId: sameUrl.groupId, canonicalId: sameUrl.canonicalId, existing: sameUrl };
    } else if (earlierUrl !== undefined) {
      const g = this.group.get(earlierUrl)!;
      match = { index, reason: 'url', groupId: g.groupId, canonicalId: g.canonicalId, ...first(g, earlierUrl) };
    } else {
      const stored = this.storedByTitle
        .get(item.titleKey)
        ?.find((e) => dayDiff(e.publishedDate, item.publishedDate) <= SYNDICATION_WINDOW_DAYS);
      const earlier = this.batchByTitle
        .get(item.titleKey)
        ?.find((e) => dayDiff(e.publishedDate, item.publishedDate) <= SYNDICATION_WINDOW_DAYS);
      if (stored) match = { index, reason: 'syndicated', groupId: stored.groupId, canonicalId: stored.canonicalId, existing: stored };
      else if (earlier !== undefined) {
        const g = this.group.get(earlier.index)!;
        match = { index, reason: 'syndicated', groupId: g.groupId, canonicalId: g.canonicalId, ...first(g, earlier.index) };
      }
    }
    if (match) {
      this.group.set(index, { groupId: match.groupId, canonicalId: match.canonicalId, ofIndex: match.ofIndex, existing: match.existing });
    } else {
      this.group.set(index, { groupId: item.id, canonicalId: item.id });
    }
    if (item.urlKey && !this.batchByUrl.has(item.urlKey)) this.batchByUrl.set(item.urlKey, index);
    const earlierTitles = this.batchByTitle.get(item.titleKey);
    const entry = { index, publishedDate: item.publishedDate };
    if (earlierTitles) earlierTitles.push(entry);
    else this.batchByTitle.set(item.titleKey, [entry]);
    return match;
  }
}

/** Where a group that started in the batch started: its first item, stored or new. */
function first(g: { ofIndex?: number; existing?: ExistingItem }, index: number): { ofIndex?: number; existing?: ExistingItem } {
  if (g.existing) return { existing: g.existing };
  return { ofIndex: g.ofIndex ?? index };
}
