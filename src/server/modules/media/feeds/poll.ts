import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { TFeedPollResult } from '../../../../shared/media';
import type { Db } from '../../../db/types';
import { queryRows } from '../../../db/sql';
import { defineJob } from '../../../platform/jobs/types';
import { insertNews } from '../news/insert';
import { foldText, urlKey } from '../normalize';
import { mediaFeedPolls, mediaFeeds, mediaOutlets } from '../schema';
import { getMediaSettings } from '../settings';
import { arrayLiteral } from '../sql-arrays';
import { loadSuggester } from '../tone/suggester';
import { loadIssueVocabulary, tagIssues } from './issue-tags';
import { classifyFeedFailure, FeedReadError } from './failure';
import { type FeedItem, parseFeed } from './parse';

/** A feed larger than this is not a news feed. */
const MAX_BYTES = 5 * 1024 * 1024;
export const FEED_TIMEOUT_MS = 15_000;
/** A failing feed waits longer each time (interval × 2^failures), at most a day. */
const MAX_BACKOFF_MS = 24 * 3_600_000;

type Feed = typeof mediaFeeds.$inferSelect;

async function fetchText(url: string, timeoutMs: number): Promise<string> {
  const res = await fetch(url, {
    signal: AbortSignal.timeout(timeoutMs),
    headers: {
      'User-Agent': 'Simpul/1.0 (pemantauan berita)',
      Accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml',
    },
    redirect: 'follow',
  });
  if (!res.ok) throw new FeedReadError('http', `HTTP ${res.status}`);
  const length = Number(res.headers.get('content-length') ?? 0);
  if (length > MAX_BYTES) throw new FeedReadError('too_large', `terlalu besar / too large (${length} B)`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.length > MAX_BYTES) throw new FeedReadError('too_large', `terlalu besar / too large (${bytes.length} B)`);
  return new TextDecoder('utf-8').decode(bytes);
}

/** An item is taken when its title or summary contains one of the keywords as whole words. */
export function matchesKeywords(item: FeedItem, keywords: string[]): boolean {
  const text = ` ${foldText(`${item.title} ${item.summary ?? ''}`)} `;
  return keywords.some((k) => text.includes(` ${foldText(k)} `));
}

export type PollResult = TFeedPollResult;

/**
 * Polls one feed: reads it, keeps the items with a keyword whose URL is not stored yet, stores them
 * (grouped with syndicated copies, with a suggested tone and the known issues they name: issue-tags.ts),
 * and logs the poll. A feed that fails — unreachable, too slow, not a feed — is logged and tried again
 * later, each time a little later.
 */
export async function pollFeed(db: Db, feed: Feed, options: { timeoutMs?: number; now?: Date; logger?: Logger } = {}): Promise<PollResult> {
  const now = options.now ?? new Date();
  const started = Date.now();
  let result: PollResult;
  try {
    const items = parseFeed(await fetchText(feed.url, options.timeoutMs ?? FEED_TIMEOUT_MS));
    const keywords = feed.keywords.length ? feed.keywords : (await getMediaSettings(db)).feedKeywords;
    const wanted = items.filter((i) => i.link && matchesKeywords(i, keywords));
    const keys = wanted.map((i) => urlKey(i.link)!);
    const known = new Set(
      (
        await queryRows<{ url_key: string }>(db, sql`SELECT url_key FROM media_news WHERE url_key = ANY(${arrayLiteral(keys)}::text[])`)
      ).map((r) => r.url_key),
    );
    const fresh = wanted.filter((_item, n) => !known.has(keys[n]!) && keys.indexOf(keys[n]!) === n);
    if (fresh.length) {
      const suggester = await loadSuggester(db);
      const vocabulary = await loadIssueVocabulary(db, now);
      const [outlet] = feed.outletId
        ? await db.select({ name: mediaOutlets.name }).from(mediaOutlets).where(eq(mediaOutlets.id, feed.outletId))
        : [];
      await db.transaction((tx) =>
        insertNews(
          tx,
          fresh.map((i) => ({
            publishedAt: i.publishedAt && i.publishedAt <= now ? i.publishedAt : now,
            title: i.title.slice(0, 500),
            outletName: outlet?.name ?? feed.name,
            mediaType: 'online' as const,
            url: i.link,
            summary: i.summary?.slice(0, 5000) ?? null,
            journalist: i.author,
            issues: tagIssues(`${i.title} ${i.summary ?? ''}`, vocabulary),
          })),
          { source: 'feed', actorId: null, toneOrigin: 'staff', feedId: feed.id, suggester, now },
        ),
      );
    }
    result = { status: 'ok', itemsSeen: items.length, itemsAdded: fresh.length, error: null, errorKind: null };
  } catch (error) {
    const { kind, reason } = classifyFeedFailure(error, options.timeoutMs ?? FEED_TIMEOUT_MS);
    options.logger?.warn({ feed: feed.id, url: feed.url, err: reason, kind }, 'feed poll failed');
    result = { status: 'error', itemsSeen: 0, itemsAdded: 0, error: reason.slice(0, 1000), errorKind: kind };
  }
  const failures = result.status === 'ok' ? 0 : feed.consecutiveFailures + 1;
  const wait = Math.min(MAX_BACKOFF_MS, feed.intervalMinutes * 60_000 * 2 ** Math.min(failures, 10));
  await db
    .insert(mediaFeedPolls)
    .values({ id: crypto.randomUUID(), feedId: feed.id, at: now, durationMs: Date.now() - started, ...result });
  await db
    .update(mediaFeeds)
    .set({
      lastPolledAt: now,
      ...(result.status === 'ok'
        ? { lastSuccessAt: now, lastError: null, lastErrorKind: null }
        : { lastError: result.error, lastErrorKind: result.errorKind }),
      consecutiveFailures: failures,
      nextPollAt: new Date(now.getTime() + wait),
      updatedAt: new Date(),
    })
    .where(eq(mediaFeeds.id, feed.id));
  return result;
}

/** Polls the feeds that are due, one after the other; one feed's failure never stops the rest. */
export async function pollDueFeeds(db: Db, options: { now?: Date; timeoutMs?: number; logger?: Logger; signal?: AbortSignal } = {}) {
  const now = options.now ?? new Date();
  const due = await db
    .select()
    .from(mediaFeeds)
    .where(and(eq(mediaFeeds.active, true), lte(mediaFeeds.nextPollAt, now)))
    .orderBy(asc(mediaFeeds.nextPollAt));
  const results: (PollResult & { feedId: string })[] = [];
  for (const feed of due) {
    if (options.signal?.aborted) break;
    try {
      results.push({ feedId: feed.id, ...(await pollFeed(db, feed, { ...options, now })) });
    } catch (error) {
      // Only the log itself failing lands here; the next feed is still polled.
      options.logger?.error({ err: error, feed: feed.id }, 'could not record the feed poll');
    }
  }
  return results;
}

export const pollFeedsJob = defineJob({
  name: 'media.poll-feeds',
  cron: '*/5 * * * *',
  async run({ db, logger, signal }) {
    const results = await pollDueFeeds(db, { logger, signal });
    logger.info({ polled: results.length, added: results.reduce((a, r) => a + r.itemsAdded, 0) }, 'feeds polled');
  },
});
