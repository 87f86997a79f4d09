import { sql } from 'drizzle-orm';
import { MEDIA_GROUPS, mediaGroupOf, type TMediaType, type TNewsStatistics } from '../../../../shared/media';
import type { DbOrTx } from '../../../db/types';
import { queryRows } from '../../../db/sql';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

const CACHE_TTL_MS = 60_000;
const cache = new Map<string, { at: number; value: Promise<TNewsStatistics> }>();

/** Forgets the cached statistics (after a change in this process; other processes wait out the minute). */
export function clearStatisticsCache() {
  cache.clear();
}

/**
 * The statistics of a year or month, kept for a minute: they read a whole year of items (36.000
 * rows), and fifty people opening the same page must not each recount them.
 */
export function newsStatistics(db: DbOrTx, year: number, month: number | null): Promise<TNewsStatistics> {
  const key = `${year}|${month ?? ''}`;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < CACHE_TTL_MS) return hit.value;
  const value = computeStatistics(db, year, month);
  cache.set(key, { at: Date.now(), value });
  value.catch(() => cache.delete(key));
  return value;
}

/**
 * The statistics page (spec 30): tone per month — the 2021 report's table —, media types, top
 * issues and outlets, and each month's prominent issues. Counts one item per duplicate group.
 */
async function computeStatistics(db: DbOrTx, year: number, month: number | null): Promise<TNewsStatistics> {
  const from = month ? `${year}-${pad(month)}-01` : `${year}-01-01`;
  const to = month ? `${year}-${pad(month)}-${lastDay(year, month)}` : `${year}-12-31`;
  const inPeriod = sql`duplicate_of_id IS NULL AND published_date BETWEEN ${from} AND ${to}`;
  const inYear = sql`duplicate_of_id IS NULL AND published_date BETWEEN ${`${year}-01-01`} AND ${`${year}-12-31`}`;
  const toneCounts = sql`count(*) FILTER (WHERE tone = 'positive')::int AS positive,
    count(*) FILTER (WHERE tone = 'neutral')::int AS neutral, count(*) FILTER (WHERE tone = 'negative')::int AS negative,
    count(*) FILTER (WHERE tone IS NULL)::int AS untoned, count(*)::int AS total`;

  const [months, types, issues, outlets, monthIssues] = await Promise.all([
    queryRows<{ month: number; positive: number; neutral: number; negative: number; untoned: number; total: number }>(
      db,
      sql`SELECT extract(month FROM published_date)::int AS month, ${toneCounts} FROM media_news WHERE ${inYear} GROUP BY 1 ORDER BY 1`,
    ),
    queryRows<{ mediaType: TMediaType; count: number }>(
      db,
      sql`SELECT media_type AS "mediaType", count(*)::int AS count FROM media_news WHERE ${inPeriod} GROUP BY 1 ORDER BY 2 DESC`,
    ),
    queryRows<{ issue: string; count: number; negative: number }>(
      db,
      sql`SELECT issue, count(*)::int AS count, count(*) FILTER (WHERE tone = 'negative')::int AS negative
          FROM media_news, unnest(issues) AS issue WHERE ${inPeriod} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10`,
    ),
    queryRows<{ outletId: string; name: string; count: number }>(
      db,
      sql`SELECT o.id AS "outletId", o.name, count(*)::int AS count FROM media_news n JOIN media_outlets o ON o.id = n.outlet_id
          WHERE n.duplicate_of_id IS NULL AND n.published_date BETWEEN ${from} AND ${to} GROUP BY 1, 2 ORDER BY 3 DESC, 2 LIMIT 10`,
    ),
    queryRows<{ month: number; issue: string; count: number }>(
      db,
      sql`SELECT extract(month FROM published_date)::int AS month, issue, count(*)::int AS count
          FROM media_news, unnest(issues) AS issue WHERE ${inYear} GROUP BY 1, 2`,
    ),
  ]);

  const byMonth = Array.from({ length: 12 }, (_, i) => {
    const m = months.find((r) => r.month === i + 1);
    return {
      month: i + 1,
      positive: m?.positive ?? 0,
      neutral: m?.neutral ?? 0,
      negative: m?.negative ?? 0,
      untoned: m?.untoned ?? 0,
      total: m?.total ?? 0,
    };
  });
  const period = month ? byMonth.filter((m) => m.month === month) : byMonth;
  const sum = (k: 'positive' | 'neutral' | 'negative' | 'untoned' | 'total') => period.reduce((a, m) => a + m[k], 0);
  const totals = {
    positive: sum('positive'),
    neutral: sum('neutral'),
    negative: sum('negative'),
    untoned: sum('untoned'),
    all: sum('total'),
  };
  const toned = totals.positive + totals.neutral + totals.negative;
  const all = types.reduce((a, t) => a + t.count, 0);
  const byMediaGroup = MEDIA_GROUPS.map((group) => {
    const count = types.filter((t) => mediaGroupOf(t.mediaType) === group).reduce((a, t) => a + t.count, 0);
    return { group, count, pct: all ? (count / all) * 100 : 0 };
  });
  return {
    year,
    month,
    totals,
    qualityPct: toned ? ((totals.positive + totals.neutral) / toned) * 100 : null,
    byMonth,
    byMediaType: types,
    byMediaGroup,
    topIssues: issues,
    topOutlets: outlets,
    prominentIssues: prominent(monthIssues),
  };
}

/**
 * A month's prominent issues: the three whose coverage that month most exceeds their own monthly
 * average over the year. Ranking by raw counts would name the same all-year theme (COVID-19
 * vaccines) every month; the excess names what was particular to the month, as the report does.
 */
function prominent(rows: { month: number; issue: string; count: number }[]) {
  const yearly = new Map<string, number>();
  for (const r of rows) yearly.set(r.issue, (yearly.get(r.issue) ?? 0) + r.count);
  return Array.from({ length: 12 }, (_, i) => {
    const month = i + 1;
    const ranked = rows
      .filter((r) => r.month === month)
      .map((r) => ({ issue: r.issue, count: r.count, excess: r.count - yearly.get(r.issue)! / 12 }))
      .filter((r) => r.excess > 0)
      .sort((a, b) => b.excess - a.excess || a.issue.localeCompare(b.issue))
      .slice(0, 3);
    return { month, issues: ranked.map(({ issue, count }) => ({ issue, count })) };
  });
}
