import type { TMediaType, TTone } from '../../../../shared/media';
import type { DbOrTx } from '../../../db/types';
import { cleanTags, jakartaDate, nameKey, titleKey, urlKey } from '../normalize';
import type { ToneSuggester } from '../tone/suggester';
import { bulkInsertNews, type NewsRow } from './bulk-insert';
import { type DuplicateMatch, loadCandidates, matchDuplicates } from './duplicates';
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

/** The rows to store and the duplicates found; nothing is written. */
export async function prepareNews(tx: DbOrTx, drafts: NewsDraft[], options: InsertNewsOptions) {
  // The duplicate keys first: the stored candidates are looked up while the rest of each row is
  // worked out here (on PostgreSQL the two overlap: 80 ms of a 20.000-row import).
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
    const suggestion = !tone && options.suggester ? options.suggester.suggest(`${d.title}\n${d.summary ?? ''}`) : null;
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
      suggestedTone: suggestion?.tone ?? null,
      suggestedScore: suggestion?.score ?? null,
      suggestionModelId: suggestion ? (options.suggester?.modelId ?? null) : null,
      issues: cleanTags(d.issues ?? []),
      commodities: [...new Set(d.commodities ?? [])],
      spokespersons: cleanTags(d.spokespersons ?? []),
      region: d.region?.trim() || null,
      source: options.source,
      importBatchId: null,
      feedId: options.feedId ?? null,
      duplicateGroupId: id,
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
  const matches = matchDuplicates(rows, stored);
  for (const m of matches) {
    const row = rows[m.index]!;
    row.duplicateGroupId = m.groupId;
    row.duplicateOfId = m.canonicalId;
    row.duplicateReason = m.reason;
  }
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
  const prepared = await prepareNews(tx, drafts, options);
  await bulkInsertNews(tx, prepared.rows);
  return prepared;
}
