import type { TMediaType, TTone } from '../../../../shared/media';
import type { DbOrTx } from '../../../db/types';
import { cleanTags, jakartaDate, nameKey, titleKey, urlKey } from '../normalize';
import type { ToneSuggester } from '../tone/suggester';
import { bulkInsertNews, type NewsRow } from './bulk-insert';
import { type DuplicateMatch, loadCandidates, matchDuplicates } from './duplicates';
import { newsId } from './ids';
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
  const outlets = await ensureOutlets(
    tx,
    drafts.map((d) => ({ name: d.outletName, mediaType: d.mediaType })),
  );
  const now = options.now ?? new Date();
  const rows: NewsRow[] = drafts.map((d) => {
    const id = newsId();
    const outlet = outlets.get(nameKey(d.outletName))!;
    const tone = d.tone ?? null;
    const suggestion = !tone && options.suggester ? options.suggester.suggest(`${d.title}\n${d.summary ?? ''}`) : null;
    return {
      id,
      publishedAt: d.publishedAt,
      publishedDate: jakartaDate(d.publishedAt),
      title: d.title.trim(),
      titleKey: titleKey(d.title),
      outletId: outlet.id,
      mediaType: d.mediaType,
      url: d.url?.trim() || null,
      urlKey: urlKey(d.url),
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
  const matches = matchDuplicates(rows, await loadCandidates(tx, rows));
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
