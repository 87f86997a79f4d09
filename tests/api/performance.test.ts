import fs from 'node:fs';
import path from 'node:path';
import { desc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/server/demo';
import { auditLog } from '../../src/server/platform/audit/schema';
import { MEASURES } from '../../src/server/modules/measures';
import { evaluateYear } from '../../src/server/modules/performance';
import { perfIndicators } from '../../src/server/modules/performance/schema';
import { createTestApp, type Session, type TestApp, TEST_PASSWORD } from '../setup/test-app';

interface ReferenceIndicator {
  code: string;
  target: number;
  realization: number;
  achievement_pct: number;
  budget_achievement_pct: number;
}
const reference = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../shared/reference/bpom-kshm-2021.json'), 'utf8')) as {
  performance: { indicators: ReferenceIndicator[]; overall_achievement_pct: number };
};

/** Rounds half away from zero, as the report prints. */
const round2 = (v: number) => (Math.sign(v) * Math.round(Math.abs(v) * 100 + 1e-9)) / 100;

let t: TestApp;
const as: Record<string, Session> = {};

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  await loadDemo(t.services.db);
  for (const who of ['kepala', 'koordinator', 'staf', 'perencana', 'unit', 'auditor']) {
    as[who] = await t.signIn(`${who}@simpul.demo`, 'Simpul-Demo-2021');
  }
  expect(TEST_PASSWORD).not.toBe('Simpul-Demo-2021');
});
afterAll(() => t.close());

async function indicatorId(code: string): Promise<string> {
  const res = await t.request('/api/performance/years/2021/dashboard', { as: as.kepala });
  const body = (await res.json()) as { indicators: { id: string; code: string }[] };
  return body.indicators.find((i) => i.code === code)!.id;
}

describe('the 2021 check', () => {
  it('reproduces every target, realization and achievement of the report', async () => {
    const evaluation = await evaluateYear(t.services.db, MEASURES, 2021);
    expect(evaluation.indicators).toHaveLength(14);
    for (const ref of reference.performance.indicators) {
      const item = evaluation.indicators.find((i) => i.code === ref.code)!;
      expect(item.target, ref.code).toBe(ref.target);
      expect(round2(item.realization!), ref.code).toBe(ref.realization);
      expect(round2(item.achievementPct!), ref.code).toBe(ref.achievement_pct);
      expect(round2(item.budgetAchievementPct!), ref.code).toBe(ref.budget_achievement_pct);
    }
    expect(round2(evaluation.overall.achievementPct!)).toBe(reference.performance.overall_achievement_pct);
    expect(evaluation.overall.category?.label.id).toBe('Baik');
    expect(evaluation.indicators.filter((i) => i.efficient === false).map((i) => i.code)).toEqual(['IKK13']);
  });

  it('serves the same figures on the dashboard, with no typed value for a computed indicator', async () => {
    const res = await t.request('/api/performance/years/2021/dashboard', { as: as.staf });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      overall: { achievementPct: number };
      years: number[];
      indicators: { status: string }[];
      alerts: { kind: string; code: string }[];
    };
    expect(round2(body.overall.achievementPct)).toBe(100.06);
    expect(body.years).toContain(2021);
    // Only IKK13 is below target as the report prints it (a computed IKK8 at 99,996% reads 100,00%).
    expect(body.alerts.filter((a) => a.kind === 'below_target').map((a) => a.code)).toEqual(['IKK13']);
    expect(body.indicators.every((i) => i.status === 'approved')).toBe(true);
  });

  it('exports Table 1 as a workbook that opens', async () => {
    const res = await t.request('/api/performance/years/2021/table1.xlsx', { as: as.auditor });
    expect(res.status).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.getWorksheet('Tabel 1')!;
    expect(sheet.getRow(4).getCell(3).value).toBe('IKK1');
    expect(round2(sheet.getRow(4).getCell(8).value as number)).toBe(105.34);
  });
});

describe('indicator page and target advisor', () => {
  it('shows an indicator with its periods, evidence and history', async () => {
    const id = await indicatorId('IKK13');
    const res = await t.request(`/api/performance/indicators/${id}`, { as: as.auditor });
    expect(res.status).toBe(200);
    const page = (await res.json()) as {
      periods: { period: number; achievementPct: number | null; efficient: boolean | null }[];
      realizations: { status: string; evidenceLinks: string[] }[];
      history: { id: number; action: string }[];
    };
    expect(page.periods[0]).toMatchObject({ period: 0, achievementPct: 50, efficient: false });
    expect(page.realizations[0]?.status).toBe('approved');
    expect(page.realizations[0]?.evidenceLinks.length).toBe(1);
    expect(page.history.map((h) => h.action)).toContain('approve');
    // The history is written by the database as JSON text (indicator-page.ts): each entry as stored, newest first.
    const stored = await t.services.db
      .select()
      .from(auditLog)
      .where(
        inArray(
          auditLog.id,
          page.history.map((h) => h.id),
        ),
      )
      .orderBy(desc(auditLog.id));
    expect(page.history).toEqual(
      stored.map((e) => ({
        id: e.id,
        at: e.at.toISOString(),
        actor: e.actorLabel,
        action: e.action,
        entityType: e.entityType,
        before: e.before,
        after: e.after,
      })),
    );
    // A manual indicator has no records behind it to drill into.
    expect((await t.request(`/api/performance/indicators/${id}/records`, { as: as.auditor })).status).toBe(404);
  });

  it("says that IKK10's 2021 target was too low", async () => {
    const res = await t.request('/api/performance/years/2021/target-advice', { as: as.perencana });
    const advice = (await res.json()) as { items: { code: string; reason: string; suggested: number | null }[] };
    const ikk10 = advice.items.find((i) => i.code === 'IKK10')!;
    expect(ikk10.reason).toBe('target_too_low');
    expect(ikk10.suggested).toBeGreaterThanOrEqual(87);
  });
});

describe('realizations: permissions and workflow', () => {
  it('keeps unit users and other groups out', async () => {
    // Humas group; typed until the publications module computes it (IKK8 and IKK9 are computed).
    const humas = await indicatorId('IKK10');
    const ikk2 = await indicatorId('IKK2'); // Regional and multilateral group
    expect((await t.request('/api/performance/years/2021/dashboard', { as: as.unit })).status).toBe(403);
    const body = { value: 80, note: 'Uji triwulan I', evidenceLinks: ['https://example.org/bukti.pdf'] };
    // The Humas coordinator may enter Humas's Q1 value, not another group's.
    expect(
      (await t.request(`/api/performance/indicators/${ikk2}/realizations/1`, { as: as.koordinator, method: 'PUT', body })).status,
    ).toBe(403);
    const ok = await t.request(`/api/performance/indicators/${humas}/realizations/1`, { as: as.koordinator, method: 'PUT', body });
    expect(ok.status).toBe(200);
    // Staff cannot approve; the coordinator submits; only the head approves.
    expect((await t.request(`/api/performance/indicators/${humas}/realizations/1/submit`, { as: as.staf, body: {} })).status).toBe(403);
    expect((await t.request(`/api/performance/indicators/${humas}/realizations/1/submit`, { as: as.koordinator, body: {} })).status).toBe(
      200,
    );
    expect((await t.request(`/api/performance/indicators/${humas}/realizations/1/approve`, { as: as.staf, body: {} })).status).toBe(403);
    expect((await t.request(`/api/performance/indicators/${humas}/realizations/1/approve`, { as: as.kepala, body: {} })).status).toBe(200);
    // Approved is frozen: no more edits.
    const again = await t.request(`/api/performance/indicators/${humas}/realizations/1`, { as: as.koordinator, method: 'PUT', body });
    expect(again.status).toBe(409);
  });

  it('refuses bad input and changes nothing', async () => {
    const ikk9 = await indicatorId('IKK9');
    const before = await (await t.request(`/api/performance/indicators/${ikk9}`, { as: as.perencana })).json();
    const cases: [string, string, unknown, number][] = [
      ['PUT', `/api/performance/indicators/${ikk9}/targets`, { year: -5 }, 400],
      ['PUT', `/api/performance/indicators/${ikk9}/targets`, { year: 0 }, 400],
      [
        'PUT',
        `/api/performance/indicators/${ikk9}/realizations/5`,
        { value: 1, note: 'triwulan lima', evidenceLinks: ['https://x.org'] },
        400,
      ],
      ['PUT', `/api/performance/indicators/${ikk9}/realizations/2`, { value: 1, note: 'tanpa bukti' }, 400],
      ['PUT', `/api/performance/indicators/${ikk9}/realizations/2`, { value: 'abc', note: 'salah tipe', evidenceLinks: [] }, 400],
    ];
    for (const [method, url, body, status] of cases) {
      const res = await t.request(url, { as: as.perencana, method, body });
      expect(res.status, url).toBe(status);
      const error = ((await res.json()) as { error: { code: string; message: string; fields?: unknown[] } }).error;
      expect(error.message.length).toBeGreaterThan(5);
    }
    const after = await (await t.request(`/api/performance/indicators/${ikk9}`, { as: as.perencana })).json();
    expect(after).toEqual(before);
  });
});

describe('the dashboard after a change', () => {
  it('shows a new target at once, though the year is read from a short cache', async () => {
    type Dashboard = { indicators: { id: string; code: string; target: number | null }[] };
    const dashboard = async () => (await (await t.request('/api/performance/years/2021/dashboard', { as: as.kepala })).json()) as Dashboard;
    const ikk10 = (await dashboard()).indicators.find((i) => i.code === 'IKK10')!;
    const put = (year: number) =>
      t.request(`/api/performance/indicators/${ikk10.id}/targets`, { as: as.perencana, method: 'PUT', body: { year } });
    expect((await put(85)).status).toBe(200);
    expect((await dashboard()).indicators.find((i) => i.code === 'IKK10')!.target).toBe(85);
    expect((await put(ikk10.target!)).status).toBe(200);
    expect((await dashboard()).indicators.find((i) => i.code === 'IKK10')!.target).toBe(ikk10.target);
  });

  it("shows a saved realization on the indicator's page at once, with its history, though its rows come from the same cache", async () => {
    type Page = {
      indicator: { code: string };
      realizations: { period: number; value: number | null; note: string | null; status: string }[];
      history: { entityType: string; action: string }[];
      years: { year: number }[];
    };
    const ikk10 = await indicatorId('IKK10');
    const page = async () => (await (await t.request(`/api/performance/indicators/${ikk10}`, { as: as.perencana })).json()) as Page;
    const before = await page();
    expect(before.indicator.code).toBe('IKK10');
    // The same code's years, read with it.
    const years = await t.services.db.select({ year: perfIndicators.year }).from(perfIndicators).where(eq(perfIndicators.code, 'IKK10'));
    expect(before.years.map((y) => y.year).sort()).toEqual(years.map((y) => y.year).sort());
    const body = { value: 71, note: 'Uji halaman indikator', evidenceLinks: ['https://example.org/bukti-tw3.pdf'] };
    const saved = await t.request(`/api/performance/indicators/${ikk10}/realizations/3`, { as: as.koordinator, method: 'PUT', body });
    expect(saved.status).toBe(200);
    const after = await page();
    expect(after.realizations.find((r) => r.period === 3)).toMatchObject({ value: 71, note: 'Uji halaman indikator', status: 'draft' });
    expect(after.history.filter((h) => h.entityType === 'perf_realization').length).toBeGreaterThan(
      before.history.filter((h) => h.entityType === 'perf_realization').length,
    );
    expect((await t.request('/api/performance/indicators/00000000-0000-4000-8000-000000000000', { as: as.perencana })).status).toBe(404);
  });
});

describe('measure parameters: which survey an indicator reads', () => {
  type Plan = {
    indicators: { id: string; code: string; measureKey: string | null; measureParams: Record<string, string> | null }[];
    measures: { key: string; params: { key: string; perYear: boolean; options: { value: string }[] }[] }[];
  };
  const plan = async (year: number) =>
    (await (await t.request(`/api/performance/years/${year}/plan`, { as: as.perencana })).json()) as Plan;
  const respondents = async (id: string) =>
    ((await (await t.request(`/api/performance/indicators/${id}/records?limit=1`, { as: as.kepala })).json()) as { total: number }).total;

  it('offers the surveys as choices, refuses any other value, and reads the survey chosen', async () => {
    const before = await plan(2021);
    const ikm = before.measures.find((m) => m.key === 'surveys.ikm')!;
    expect(ikm.params.map((p) => [p.key, p.perYear])).toEqual([['surveyCode', true]]);
    expect(ikm.params[0]!.options.map((o) => o.value)).toEqual(expect.arrayContaining(['IKM-MEDIA-2021', 'IKM-MEDIA-2020']));
    const ikk3 = before.indicators.find((i) => i.code === 'IKK3')!;
    expect(ikk3.measureParams).toEqual({ surveyCode: 'IKM-MEDIA-2021' });
    expect(await respondents(ikk3.id)).toBe(71);

    for (const measureParams of [{ surveyCode: 'TIDAK-ADA' }, { studyCode: 'IOP-2021' }]) {
      const res = await t.request(`/api/performance/indicators/${ikk3.id}`, { as: as.perencana, method: 'PATCH', body: { measureParams } });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { fields: { path: string }[] } };
      expect(body.error.fields.map((f) => f.path)).toEqual([`measureParams.${Object.keys(measureParams)[0]}`]);
    }
    expect((await plan(2021)).indicators.find((i) => i.code === 'IKK3')!.measureParams).toEqual({ surveyCode: 'IKM-MEDIA-2021' });

    const patch = (surveyCode: string) =>
      t.request(`/api/performance/indicators/${ikk3.id}`, { as: as.perencana, method: 'PATCH', body: { measureParams: { surveyCode } } });
    expect((await patch('IKM-MEDIA-2020')).status).toBe(200);
    expect(await respondents(ikk3.id)).toBe(60); // the 2020 survey's respondents
    expect((await patch('IKM-MEDIA-2021')).status).toBe(200);
    expect(await respondents(ikk3.id)).toBe(71);
  });

  it("copies a plan to the next year without last year's survey, keeping the rest of the binding", async () => {
    const copied = await t.request('/api/performance/years/2022/copy-from-previous', { as: as.perencana, body: {} });
    expect(copied.status).toBe(201);
    const next = await plan(2022);
    const ikk3 = next.indicators.find((i) => i.code === 'IKK3')!;
    expect(ikk3).toMatchObject({ measureKey: 'surveys.ikm', measureParams: null });
    expect(next.indicators.find((i) => i.code === 'IKK8')).toMatchObject({ measureKey: 'media.news_quality_pct', measureParams: null });
    expect(await respondents(ikk3.id)).toBe(0);
  });
});
