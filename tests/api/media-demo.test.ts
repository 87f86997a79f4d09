import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/server/db/sql';
import { loadDemo } from '../../src/server/demo';
import { reconciledMonths } from '../../src/server/modules/media/demo/figures';
import { MONTH_ISSUES } from '../../src/server/modules/media/demo/issues';
import { MEASURES } from '../../src/server/modules/measures';
import { evaluateYear, periodOf } from '../../src/server/modules/performance';
import { createTestApp, type Session, type TestApp } from '../setup/test-app';

/** Rounds half away from zero, as the report prints. */
const round2 = (v: number) => (Math.sign(v) * Math.round(Math.abs(v) * 100 + 1e-9)) / 100;

let t: TestApp;
let kepala: Session;

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  await loadDemo(t.services.db);
  kepala = await t.signIn('kepala@simpul.demo', 'Simpul-Demo-2021');
}, 180_000);
afterAll(() => t.close());

describe('the 2021 media check', () => {
  it('computes IKK8 and IKK9 from the records: 99,82 and 65,91', async () => {
    const evaluation = await evaluateYear(t.services.db, MEASURES, 2021);
    const ikk8 = evaluation.indicators.find((i) => i.code === 'IKK8')!;
    const ikk9 = evaluation.indicators.find((i) => i.code === 'IKK9')!;
    expect(ikk8).toMatchObject({ source: 'computed', measure: 'media.news_quality_pct', numerator: 35_865, denominator: 35_931 });
    expect(round2(ikk8.realization!)).toBe(99.82);
    expect(ikk9).toMatchObject({ source: 'computed', measure: 'media.interview_followup_pct', numerator: 58, denominator: 88 });
    expect(round2(ikk9.realization!)).toBe(65.91);
    expect(round2(ikk9.achievementPct!)).toBe(101.4);
    expect(ikk8.status).toBe('approved');
    expect(ikk8.drift).toBe(false);
  });

  it('holds the report totals: tones, media types, releases, clarifications, actual news', async () => {
    const [row] = await queryRows<Record<string, number>>(
      t.services.db,
      sql`SELECT count(*) FILTER (WHERE tone = 'positive')::int AS positive, count(*) FILTER (WHERE tone = 'neutral')::int AS neutral,
            count(*) FILTER (WHERE tone = 'negative')::int AS negative, count(*) FILTER (WHERE media_type = 'online')::int AS online,
            count(*) FILTER (WHERE media_type = 'print')::int AS print,
            count(*) FILTER (WHERE media_type IN ('tv', 'radio'))::int AS electronic
          FROM media_news WHERE published_date BETWEEN '2021-01-01' AND '2021-12-31'`,
    );
    expect(row).toEqual({ positive: 15_083, neutral: 20_782, negative: 66, online: 32_547, print: 2_600, electronic: 784 });
    const releases = await queryRows<{ kind: string; month: number; n: number }>(
      t.services.db,
      sql`SELECT kind, extract(month FROM date)::int AS month, count(*)::int AS n FROM media_releases GROUP BY 1, 2`,
    );
    const total = (kind: string) => releases.filter((r) => r.kind === kind).reduce((a, r) => a + r.n, 0);
    const peak = (kind: string) => releases.filter((r) => r.kind === kind).sort((a, b) => b.n - a.n)[0];
    expect(total('press_release')).toBe(48);
    expect(total('clarification')).toBe(18);
    expect(peak('press_release')).toMatchObject({ month: 4, n: 10 });
    expect(peak('clarification')).toMatchObject({ month: 6, n: 4 });
    const [news] = await queryRows<{ n: number }>(
      t.services.db,
      sql`SELECT count(*)::int AS n FROM media_coverages WHERE news_published_date IS NOT NULL`,
    );
    expect(news!.n).toBe(343);
  });

  it('spreads the news over the months as the reconciled monthly table says', async () => {
    const months = await queryRows<{ month: number; positive: number; neutral: number; negative: number; total: number }>(
      t.services.db,
      sql`SELECT extract(month FROM published_date)::int AS month, count(*) FILTER (WHERE tone = 'positive')::int AS positive,
            count(*) FILTER (WHERE tone = 'neutral')::int AS neutral, count(*) FILTER (WHERE tone = 'negative')::int AS negative,
            count(*)::int AS total
          FROM media_news GROUP BY 1 ORDER BY 1`,
    );
    expect(months).toEqual(reconciledMonths());
    // The report's printed negatives and totals hold month by month (December carries the 7).
    expect(months.map((m) => m.negative)).toEqual([1, 1, 0, 7, 0, 26, 16, 2, 0, 1, 12, 0]);
    expect(months[9]!.total).toBe(2432);
  });

  it("makes each month's prominent issues its most covered", async () => {
    const top = await queryRows<{ month: number; issue: string }>(
      t.services.db,
      sql`SELECT DISTINCT ON (month) month, issue FROM (
            SELECT extract(month FROM published_date)::int AS month, unnest(issues) AS issue, count(*) AS n
            FROM media_news GROUP BY 1, 2) s
          WHERE issue <> 'Vaksin COVID-19' ORDER BY month, n DESC`,
    );
    for (const { month, issue } of top) {
      expect(MONTH_ISSUES[month]!.flatMap((i) => i.tags)).toContain(issue);
    }
  });

  it('drills down to exactly the records counted', async () => {
    for (const key of ['media.news_quality_pct', 'media.interview_followup_pct']) {
      const measure = MEASURES.get(key)!;
      const period = periodOf(2021, 0);
      const result = await measure.compute(t.services.db, period, {});
      const page = await measure.records(t.services.db, period, {}, { limit: 500, offset: 0 });
      expect(page.total).toBe(result.denominator);
      if (key === 'media.interview_followup_pct') {
        expect(page.rows).toHaveLength(88);
        expect(page.rows.filter((r) => r.counted === true)).toHaveLength(58);
      }
    }
    const dashboard = await t.request('/api/performance/years/2021/dashboard', { as: kepala });
    const ikk9 = ((await dashboard.json()) as { indicators: { id: string; code: string }[] }).indicators.find((i) => i.code === 'IKK9')!;
    const res = await t.request(`/api/performance/indicators/${ikk9.id}/records?limit=500`, { as: kepala });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      total: number;
      rows: { counted: boolean; outcome: string }[];
      columns: { key: string; labels?: Record<string, { id: string; en: string }> }[];
    };
    expect(body.total).toBe(88);
    // Coded values carry their labels, for the screen to show in the reader's language.
    const outcome = body.columns.find((c) => c.key === 'outcome')!;
    expect(outcome.labels?.declined).toEqual({ id: 'Tidak dipenuhi', en: 'Declined' });
    expect(body.rows.filter((r) => r.counted).every((r) => ['direct', 'written', 'talkshow'].includes(r.outcome))).toBe(true);
    // The quarter's drill-down holds only that quarter's items, year to date.
    const q1 = await MEASURES.get('media.news_quality_pct')!.compute(t.services.db, periodOf(2021, 1), {});
    expect(q1.denominator).toBe(4091 + 2758 + 3918);
  });
});

describe('a computed indicator through the workflow', () => {
  it('is submitted without a typed value and frozen at approval (IKK8, first quarter)', async () => {
    const coordinator = await t.signIn('koordinator@simpul.demo', 'Simpul-Demo-2021');
    const dashboard = await t.request('/api/performance/years/2021/dashboard', { as: kepala });
    const ikk8 = ((await dashboard.json()) as { indicators: { id: string; code: string }[] }).indicators.find((i) => i.code === 'IKK8')!;
    const typed = await t.request(`/api/performance/indicators/${ikk8.id}/realizations/1`, {
      as: coordinator,
      method: 'PUT',
      body: { value: 99, note: 'diketik', evidenceLinks: ['https://example.org/x.pdf'] },
    });
    expect(typed.status).toBe(400);
    expect((await t.request(`/api/performance/indicators/${ikk8.id}/realizations/1/submit`, { as: coordinator, body: {} })).status).toBe(
      200,
    );
    const approved = await t.request(`/api/performance/indicators/${ikk8.id}/realizations/1/approve`, { as: kepala, body: {} });
    expect(approved.status).toBe(200);
    const q1 = (await approved.json()) as { value: number; numerator: number; denominator: number };
    expect(q1.denominator).toBe(4091 + 2758 + 3918);
    expect(q1.numerator).toBe(q1.denominator - 2);
  });
});

describe('early warning and digests on the demo', () => {
  it("raises alerts on the demo's issue peaks and nowhere else", async () => {
    const { checkEarlyWarning } = await import('../../src/server/modules/media/demo/early-warning-check');
    const check = await checkEarlyWarning(t.services.db, 2021);
    expect(check.falseAlerts).toBe(0);
    expect(check.eventsDetected / check.events).toBeGreaterThan(0.8);
    const alerts = await t.request('/api/media/alerts?from=2021-04-01&to=2021-04-30', { as: kepala });
    const items = ((await alerts.json()) as { items: { subject: string; date: string }[] }).items;
    expect(items.map((a) => `${a.date} ${a.subject}`)).toContain('2021-04-14 Vaksin Nusantara');
  });

  it("holds the digests of 2021's last fortnight, twice on working days and once on holidays", async () => {
    const res = await t.request('/api/media/digests?limit=100', { as: kepala });
    const digests = ((await res.json()) as { items: { slot: string; kind: string; content: { total: number } }[] }).items;
    const christmas = digests.filter((d) => d.slot.startsWith('2021-12-24') || d.slot.startsWith('2021-12-25'));
    // 24 December 2021 was a working day (its cuti bersama was cancelled that year), 25 December
    // Christmas and a Saturday: twice on the 24th, once (08:00 WIB = 01:00 UTC) on the 25th.
    expect(christmas.map((d) => [d.slot, d.kind])).toEqual([
      ['2021-12-25T01:00:00.000Z', 'non_working'],
      ['2021-12-24T08:00:00.000Z', 'working'],
      ['2021-12-24T01:00:00.000Z', 'working'],
    ]);
    expect(digests.filter((d) => d.slot.startsWith('2021-12-22'))).toHaveLength(2);
    expect(digests.every((d) => d.content.total > 0)).toBe(true);
  });

  it('logs two personal-data requests of 2021, both answered within the 3 × 24 hours', async () => {
    const res = await t.request('/api/media/data-requests?status=all', { as: kepala });
    const items = ((await res.json()) as { items: { kind: string; status: string; late: boolean; subjectName: string }[] }).items;
    expect(items.map((r) => [r.kind, r.status, r.late])).toEqual([
      ['correction', 'done', false],
      ['access', 'done', false],
    ]);
    expect(items.every((r) => r.subjectName.length > 0)).toBe(true);
  });
});
