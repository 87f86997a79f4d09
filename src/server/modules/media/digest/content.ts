import { and, desc, eq, gte, isNull, lt, sql } from 'drizzle-orm';
import { mediaGroupOf, type TMediaType } from '../../../../shared/media';
import type { DbOrTx } from '../../../db/types';
import { queryRows } from '../../../db/sql';
import { jakartaDate } from '../normalize';
import { mediaAlerts, mediaNews, mediaOutlets } from '../schema';

export interface DigestItem {
  id: string;
  publishedAt: string;
  title: string;
  outlet: string;
  mediaType: string;
  tone: string | null;
  url: string | null;
  issues: string[];
}

export interface DigestContent {
  windowFrom: string;
  windowTo: string;
  total: number;
  byTone: { positive: number; neutral: number; negative: number; untoned: number };
  byMediaGroup: { online: number; print: number; electronic: number };
  /** Negative items first, as the spec asks; then the latest others. */
  negative: DigestItem[];
  latest: DigestItem[];
  /** Issues with at least twice their usual share of a window this long (and three items). */
  rising: { issue: string; count: number; usual: number }[];
  alerts: { date: string; kind: string; subject: string; count: number; threshold: number }[];
}

const ITEMS = 20;

/** How far back an item recorded since the last digest may have been published and still be news. */
const RECENT_MS = 3 * 86_400_000;

/**
 * What a digest says about the items that appeared in [from, to): recorded in that window (by a
 * feed, an import or a person — an item recorded late still reaches the next digest) and published
 * at most three days before it (a backfill of old news is not news). Counts, the negatives, the
 * latest, rising issues, alerts.
 */
export async function digestContent(db: DbOrTx, from: Date, to: Date): Promise<DigestContent> {
  const since = new Date(from.getTime() - RECENT_MS);
  const window = sql`duplicate_of_id IS NULL AND created_at >= ${from} AND created_at < ${to}
    AND published_date >= ${jakartaDate(since)} AND published_at >= ${since} AND published_at < ${to}`;
  const inWindow = and(
    isNull(mediaNews.duplicateOfId),
    gte(mediaNews.createdAt, from),
    lt(mediaNews.createdAt, to),
    gte(mediaNews.publishedDate, jakartaDate(since)),
    gte(mediaNews.publishedAt, since),
    lt(mediaNews.publishedAt, to),
  );
  const select = {
    id: mediaNews.id,
    publishedAt: mediaNews.publishedAt,
    title: mediaNews.title,
    outlet: mediaOutlets.name,
    mediaType: mediaNews.mediaType,
    tone: mediaNews.tone,
    url: mediaNews.url,
    issues: mediaNews.issues,
  };
  const items = (where: ReturnType<typeof and>) =>
    db
      .select(select)
      .from(mediaNews)
      .innerJoin(mediaOutlets, eq(mediaOutlets.id, mediaNews.outletId))
      .where(where)
      .orderBy(desc(mediaNews.publishedAt))
      .limit(ITEMS);
  const hours = Math.max(1, (to.getTime() - from.getTime()) / 3_600_000);
  const [counts, negative, latest, rising, alerts] = await Promise.all([
    queryRows<{ tone: string | null; media_type: TMediaType; n: number }>(
      db,
      sql`SELECT tone, media_type, count(*)::int AS n FROM media_news WHERE ${window} GROUP BY 1, 2`,
    ),
    items(and(inWindow, eq(mediaNews.tone, 'negative'))),
    items(and(inWindow, sql`${mediaNews.tone} IS DISTINCT FROM 'negative'`)),
    // The usual count of an issue in a window this long: its last 14 days, scaled to the window.
    queryRows<{ issue: string; count: number; usual: number }>(
      db,
      sql`WITH now_ AS (SELECT issue, count(*)::int AS n FROM media_news, unnest(issues) AS issue WHERE ${window} GROUP BY 1),
               before_ AS (SELECT issue, count(*) / (336.0 / ${hours}) AS usual FROM media_news, unnest(issues) AS issue
                         WHERE duplicate_of_id IS NULL AND published_at >= ${new Date(from.getTime() - 14 * 86_400_000)}
                           AND published_at < ${from} GROUP BY 1)
          SELECT now_.issue, now_.n AS count, coalesce(before_.usual, 0)::float8 AS usual FROM now_ LEFT JOIN before_ USING (issue)
          WHERE now_.n >= 3 AND now_.n >= 2 * coalesce(before_.usual, 0) ORDER BY now_.n DESC LIMIT 5`,
    ),
    db
      .select()
      .from(mediaAlerts)
      .where(and(gte(mediaAlerts.date, jakartaDate(new Date(from.getTime() - 86_400_000))), sql`${mediaAlerts.date} <= ${jakartaDate(to)}`))
      .orderBy(desc(mediaAlerts.count))
      .limit(10),
  ]);
  const byTone = { positive: 0, neutral: 0, negative: 0, untoned: 0 };
  const byMediaGroup = { online: 0, print: 0, electronic: 0 };
  for (const c of counts) {
    byTone[(c.tone ?? 'untoned') as keyof typeof byTone] += c.n;
    byMediaGroup[mediaGroupOf(c.media_type)] += c.n;
  }
  const present = (rows: Awaited<ReturnType<typeof items>>): DigestItem[] =>
    rows.map((r) => ({ ...r, publishedAt: r.publishedAt.toISOString() }));
  return {
    windowFrom: from.toISOString(),
    windowTo: to.toISOString(),
    total: counts.reduce((a, c) => a + c.n, 0),
    byTone,
    byMediaGroup,
    negative: present(negative),
    latest: present(latest),
    rising: rising.map((r) => ({ ...r, usual: Math.round(Number(r.usual) * 10) / 10 })),
    alerts: alerts.map((a) => ({
      date: a.date,
      kind: a.kind,
      subject: a.subject,
      count: a.count,
      threshold: Math.round(a.threshold * 10) / 10,
    })),
  };
}
