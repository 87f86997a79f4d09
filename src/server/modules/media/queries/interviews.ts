import { and, desc, eq, gte, ilike, lte, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/types';
import { queryRows } from '../../../db/sql';
import { loadWorkingCalendar } from '../../org';
import { presentInterview } from '../presenters';
import { mediaInterviewRequests } from '../schema';

export interface InterviewFilters {
  status?: string;
  from?: string;
  to?: string;
  q?: string;
}

export function interviewWhere(f: InterviewFilters): SQL | undefined {
  const t = mediaInterviewRequests;
  return and(
    f.status ? eq(t.status, f.status) : undefined,
    f.from ? gte(t.receivedDate, f.from) : undefined,
    f.to ? lte(t.receivedDate, f.to) : undefined,
    f.q ? or(ilike(t.topic, `%${f.q}%`), ilike(t.outletName, `%${f.q}%`), ilike(t.number, `%${f.q}%`)) : undefined,
  );
}

/** Requests with their response times, counted in working days by the holiday calendar. */
export async function presentInterviews(db: DbOrTx, rows: (typeof mediaInterviewRequests.$inferSelect)[]) {
  if (rows.length === 0) return [];
  const dates = rows.map((r) => r.receivedDate).sort();
  const calendar = await loadWorkingCalendar(db, dates[0]!, `${Number(dates[dates.length - 1]!.slice(0, 4)) + 1}-12-31`);
  return rows.map((r) => presentInterview(r, calendar));
}

export async function listInterviews(db: DbOrTx, f: InterviewFilters, page: { limit: number; offset: number }) {
  const where = interviewWhere(f);
  const rows = await db
    .select()
    .from(mediaInterviewRequests)
    .where(where)
    .orderBy(desc(mediaInterviewRequests.receivedAt))
    .limit(page.limit)
    .offset(page.offset);
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM media_interview_requests WHERE ${where ?? sql`true`}`,
  );
  return { items: await presentInterviews(db, rows), total: count?.n ?? 0 };
}

/** A year's requests by outcome and decline reason, and the median response time. */
export async function interviewSummary(db: DbOrTx, year: number) {
  const inYear = sql`received_date BETWEEN ${`${year}-01-01`} AND ${`${year}-12-31`}`;
  const [detail, [total]] = await Promise.all([
    queryRows<{ outcome: string | null; reason: string | null; n: number }>(
      db,
      sql`SELECT outcome, decline_reason AS reason, count(*)::int AS n FROM media_interview_requests WHERE ${inYear} GROUP BY 1, 2`,
    ),
    queryRows<{ n: number; hours: number | null }>(
      db,
      sql`SELECT count(*)::int AS n,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM responded_at - received_at) / 3600) AS hours
          FROM media_interview_requests WHERE ${inYear}`,
    ),
  ]);
  const count = (o: string | null) => detail.filter((r) => r.outcome === o).reduce((a, r) => a + r.n, 0);
  const received = total?.n ?? 0;
  const fulfilled = count('direct') + count('written') + count('talkshow');
  return {
    year,
    received,
    fulfilled,
    open: count(null),
    followupPct: received ? (fulfilled / received) * 100 : null,
    byOutcome: { direct: count('direct'), written: count('written'), talkshow: count('talkshow'), declined: count('declined') },
    byReason: Object.fromEntries(detail.filter((r) => r.outcome === 'declined' && r.reason).map((r) => [r.reason!, r.n])),
    medianResponseHours: total?.hours === null || total?.hours === undefined ? null : Number(total.hours),
  };
}
