import type { TMediaType, TTone } from '../../../../shared/media';
import type { DbOrTx } from '../../../db/types';
import { cleanTags, jakartaDate, nameKey, titleKey, urlKey } from '../normalize';
import type { ToneSuggester } from '../tone/suggester';
import { bulkInsertNews, type NewsRow } from './bulk-insert';
import { type DuplicateMatch, DuplicateMatcher, loadCandidates } from './duplicates';
import { uuidv7Batch } from './ids';
import { ensureOutlets } from './outlets';

/** A news item as it comes in, from any way in (form, file, feed, demo). */
export interface NewsDraft {
  publishedAt: Date;
  title: string;
  outletName: string;
  mediaType: TMediaType;
  url?: string | null;
  summary?: string | null;
  journalist?: string | null;
  tone?: TTone | null;
  issues?: string[];
  commodities?: string[];
  spokespersons?: string[];
  region?: string | null;
}

export interface InsertNewsOptions {
  source: 'manual' | 'import' | 'feed' | 'demo';
  actorId: string | null;
  /** Whose decision a tone given with the item is: staff (typed) or the vendor's file. */
  toneOrigin: 'staff' | 'import';
  feedId?: string | null;
  /** Suggests a tone for the items that come without one. */
  suggester?: ToneSuggester | null;
  /** The moment of recording (default now); a loader that replays history gives its own. */
  now?: Date;
}

/**
 * The rows to store, all but finished: `finish(i)` gives row `i` its duplicate group and, when it
 * came without a tone, a suggested one. Rows are finished in order, each before it is written, so
 * that a COPY works out the next rows while the database stores the ones before: on PostgreSQL the
 * grouping and suggestions of a 20.000-row import (about 0,1 s) then run beside its COPY.
 */
async function planNews(tx: DbOrTx, drafts: NewsDraft[], options: InsertNewsOptions) {
  // The duplicate keys first: the stored candidates are looked up while the rest of each row is
  // worked out here.
  const keys = drafts.map((d) => ({ urlKey: urlKey(d.url), titleKey: titleKey(d.title), publishedDate: jakartaDate(d.publishedAt) }));
  const candidates = loadCandidates(tx, keys);
  // Awaited below; until then a failure must not count as unhandled.
  candidates.catch(() => {});
  // Drizzle sends a query only once its promise is awaited and a few steps have run: let them run.
  await new Promise((resolve) => setImmediate(resolve));

  const now = options.now ?? new Date();
  const ids = uuidv7Batch(drafts.length);
  const rows: NewsRow[] = drafts.map((d, i) => {
    const id = ids[i]!;
    const tone = d.tone ?? null;
    const key = keys[i]!;
    return {
      id,
      publishedAt: d.publishedAt,
      publishedDate: key.publishedDate,
      title: d.title.trim(),
      titleKey: key.titleKey,
      outletId: '', // below, once the outlets exist
      mediaType: d.mediaType,
      url: d.url?.trim() || null,
      urlKey: key.urlKey,
      summary: d.summary?.trim() || null,
      journalist: d.journalist?.trim() || null,
      tone,
      toneOrigin: tone ? options.toneOrigin : null,
      toneSetBy: tone ? options.actorId : null,
      toneSetAt: tone ? now : null,
      suggestedTone: null, // by finish()
      suggestedScore: null,
      suggestionModelId: null,
      issues: cleanTags(d.issues ?? []),
      commodities: [...new Set(d.commodities ?? [])],
      spokespersons: cleanTags(d.spokespersons ?? []),
      region: d.region?.trim() || null,
      source: options.source,
      importBatchId: null,
      feedId: options.feedId ?? null,
      duplicateGroupId: id, // by finish(), when the row repeats another
      duplicateOfId: null,
      duplicateReason: null,
      createdBy: options.actorId,
      createdAt: options.now ?? null,
    };
  });
  const stored = await candidates;
  // An import names a few outlets thousands of times: each name is looked up once.
  const firstType = new Map<string, TMediaType>();
  for (const d of drafts) if (!firstType.has(d.outletName)) firstType.set(d.outletName, d.mediaType);
  const outlets = await ensureOutlets(
    tx,
    [...firstType].map(([name, mediaType]) => ({ name, mediaType })),
  );
  const outletIds = new Map([...firstType.keys()].map((name) => [name, outlets.get(nameKey(name))!.id]));
  drafts.forEach((d, i) => {
    rows[i]!.outletId = outletIds.get(d.outletName)!;
  });

  const matcher = new DuplicateMatcher(stored);
  const matches: DuplicateMatch[] = [];
  const suggester = options.suggester;
  const finish = (i: number) => {
    const row = rows[i]!;
    const match = matcher.next(row, i);
    if (match) {
      matches.push(match);
      row.duplicateGroupId = match.groupId;
      row.duplicateOfId = match.canonicalId;
      row.duplicateReason = match.reason;
    }
    if (!row.tone && suggester) {
      const suggestion = suggester.suggest(`${drafts[i]!.title}\n${drafts[i]!.summary ?? ''}`);
      row.suggestedTone = suggestion.tone;
      row.suggestedScore = suggestion.score;
      row.suggestionModelId = suggester.modelId;
    }
  };
  return { rows, matches, finish };
}

/** The rows to store and the duplicates found; nothing is written. */
export async function prepareNews(tx: DbOrTx, drafts: NewsDraft[], options: InsertNewsOptions) {
  const { rows, matches, finish } = await planNews(tx, drafts, options);
  for (let i = 0; i < rows.length; i++) finish(i);
  return { rows, matches };
}

/**
 * Stores news items, grouping each with the stored or earlier item it duplicates (same URL, or the
 * same headline within the syndication window). Returns the rows and what was grouped.
 */
export async function insertNews(
  tx: DbOrTx,
  drafts: NewsDraft[],
  options: InsertNewsOptions,
): Promise<{ rows: NewsRow[]; matches: DuplicateMatch[] }> {
  const { rows, matches, finish } = await planNews(tx, drafts, options);
  await bulkInsertNews(tx, rows, finish);
  return { rows, matches };
}
