import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/types';
import { queryRows } from '../../../db/sql';
import { addDays } from '../normalize';
import { arrayLiteral } from '../sql-arrays';

/**
 * Early warning (spec 30). For each issue, and for negative tone, a day's count is compared with
 * the same series over the previous 14 days (the leading commercial tool's baseline). A spike is a
 * count of at least
 *
 *   max(μ + 3·max(σ, √μ, 1), 2·μ, minimum)
 *
 * where μ and σ are the mean and standard deviation of the 14 days (days without an item count as
 * 0), √μ keeps a Poisson floor under σ when the history is too flat to have one, and the minimum
 * (5 items for an issue, 3 negative items) keeps one or two stray items from raising an alarm.
 */
export const BASELINE_DAYS = 14;
export const MIN_SPIKE = { issue: 5, negative: 3 } as const;

export interface Spike {
  date: string;
  kind: 'issue' | 'negative';
  subject: string;
  count: number;
  mean: number;
  sd: number;
  threshold: number;
}

export function threshold(history: number[], kind: 'issue' | 'negative'): { mean: number; sd: number; threshold: number } {
  const mean = history.reduce((a, b) => a + b, 0) / history.length;
  const sd = Math.sqrt(history.reduce((a, b) => a + (b - mean) ** 2, 0) / history.length);
  return { mean, sd, threshold: Math.max(mean + 3 * Math.max(sd, Math.sqrt(mean), 1), 2 * mean, MIN_SPIKE[kind]) };
}

/** Daily counts per series between two dates (inclusive), one item per duplicate group. */
async function dailyCounts(db: DbOrTx, from: string, to: string) {
  return queryRows<{ day: string; subject: string; kind: 'issue' | 'negative'; n: number }>(
    db,
    sql`SELECT published_date::text AS day, issue AS subject, 'issue' AS kind, count(*)::int AS n
          FROM media_news, unnest(issues) AS issue
          WHERE duplicate_of_id IS NULL AND published_date BETWEEN ${from} AND ${to} GROUP BY 1, 2
        UNION ALL
        SELECT published_date::text, '', 'negative', count(*)::int FROM media_news
          WHERE duplicate_of_id IS NULL AND tone = 'negative' AND published_date BETWEEN ${from} AND ${to} GROUP BY 1`,
  );
}

/** The spikes of each day from `from` to `to`, each day against its own previous 14. */
export async function detectSpikes(db: DbOrTx, from: string, to: string): Promise<Spike[]> {
  const rows = await dailyCounts(db, addDays(from, -BASELINE_DAYS), to);
  const series = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const key = `${r.kind}|${r.subject}`;
    if (!series.has(key)) series.set(key, new Map());
    series.get(key)!.set(r.day, r.n);
  }
  const spikes: Spike[] = [];
  for (const [key, days] of series) {
    const [kind, subject] = key.split('|') as ['issue' | 'negative', string];
    for (let day = from; day <= to; day = addDays(day, 1)) {
      const count = days.get(day) ?? 0;
      if (count < MIN_SPIKE[kind]) continue;
      const history = Array.from({ length: BASELINE_DAYS }, (_, i) => days.get(addDays(day, i - BASELINE_DAYS)) ?? 0);
      const t = threshold(history, kind);
      if (count >= t.threshold) spikes.push({ date: day, kind, subject, count, ...t });
    }
  }
  return spikes.sort((a, b) => a.date.localeCompare(b.date) || b.count - a.count);
}

/** Records the spikes as alerts; a day's alert already raised keeps its row and takes the day's latest count. */
export async function recordAlerts(db: DbOrTx, spikes: Spike[]): Promise<number> {
  if (spikes.length === 0) return 0;
  const col = <K extends keyof Spike>(k: K) => arrayLiteral(spikes.map((s) => s[k] as string | number));
  const inserted = await queryRows<{ inserted: boolean }>(
    db,
    sql`INSERT INTO media_alerts (id, date, kind, subject, count, baseline_mean, baseline_sd, threshold)
        SELECT gen_random_uuid()::text, u.date, u.kind, u.subject, u.count, u.mean, u.sd, u.threshold
        FROM unnest(${col('date')}::date[], ${col('kind')}::text[], ${col('subject')}::text[], ${col('count')}::int[],
                    ${col('mean')}::float8[], ${col('sd')}::float8[], ${col('threshold')}::float8[])
             AS u(date, kind, subject, count, mean, sd, threshold)
        ON CONFLICT (date, kind, subject) DO UPDATE SET count = GREATEST(media_alerts.count, excluded.count)
        RETURNING (xmax = 0) AS inserted`,
  );
  return inserted.filter((r) => r.inserted).length;
}
