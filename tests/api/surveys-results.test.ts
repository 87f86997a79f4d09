import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, makeUnit, makeUser, type Session, type TestApp } from '../setup/test-app';
import { answers, createSurvey, type ErrorBody, newAddress, responsesOf, submit, surveyBody, tokenOf } from './surveys-helpers';

let t: TestApp;
let staf: Session;
let auditor: Session;
let surveyId: string;

interface Results {
  respondents: number;
  ikm: number;
  quality: string;
  highest: string;
  lowest: string;
  elements: {
    code: string;
    answers: number;
    missing: number;
    nrr: number;
    index: number;
    expectationIndex: number;
    gap: number;
    conformity: number;
    quadrant: string;
    previousIndex: number | null;
  }[];
  axes: { expectation: number; satisfaction: number };
  breakdown: { groups: { option: string; respondents: number; ikm: number | null }[]; unanswered: number } | null;
  demographics: { question: string; options: { value: string; count: number; pct: number }[] }[];
  previous: { year: number; ikm: number; quality: string } | null;
}

// Four respondents of 2031 (and one of 2030 in the same series), answers chosen for hand computation.
const ROWS: { s: (number | null)[]; e: number; g: string }[] = [
  { s: [4, 3, 3, 4, 3, 3, 4, 4, 2], e: 4, g: 'f' },
  { s: [3, 3, 2, 4, 3, 3, 3, 4, 2], e: 4, g: 'f' },
  { s: [2, 2, 2, 4, 3, 2, 3, 3, 1], e: 3, g: 'm' },
  { s: [3, null, 3, 4, 3, 4, 3, 3, 2], e: 3, g: 'm' },
];

beforeAll(async () => {
  t = await createTestApp({ env: { SIMPUL_TRUST_PROXY: '1' } });
  const humas = await makeUnit(t, { kind: 'group' });
  staf = (await makeUser(t, 'staf', humas.id)).session;
  auditor = (await makeUser(t, 'auditor', null)).session;
  const before = await createSurvey(t, staf, surveyBody('MS-2030', { year: 2030, series: 'media' }));
  await submit(t, tokenOf(before.publicPath!), { answers: answers(2, 3) }, newAddress());
  const body = surveyBody('MS-2031', { year: 2031, series: 'media', populationSize: 100, marginOfError: 0.05 });
  // A respondent may skip an item here: its answer is then missing, not 0.
  for (const section of body.questionnaire.sections) for (const q of section.questions) if (q.type === 'likert') q.required = false;
  const survey = await createSurvey(t, staf, body);
  surveyId = survey.id;
  for (const row of ROWS) {
    const a = answers(
      row.s.map((v) => v ?? 0),
      row.e,
      row.g,
    );
    if (row.s.includes(null)) a.U2 = null;
    const res = await submit(t, tokenOf(survey.publicPath!), { answers: a }, newAddress());
    if (res.status !== 201) throw new Error(await res.text());
  }
});
afterAll(() => t.close());

describe('results', () => {
  it('computes each element, the index, the diagram, a breakdown and the year before', async () => {
    const res = await t.request(`/api/surveys/${surveyId}/results?by=gender`, { as: auditor });
    expect(res.status).toBe(200);
    const r = (await res.json()) as Results;
    // NRR by hand: U1 12/4, U2 8/3 (one missing), U3 10/4, U4 16/4, U5 12/4, U6 12/4, U7 13/4, U8 14/4, U9 7/4.
    const nrr = [3, 8 / 3, 2.5, 4, 3, 3, 3.25, 3.5, 1.75];
    for (const [i, e] of r.elements.entries()) expect(e.nrr, e.code).toBeCloseTo(nrr[i]!, 12);
    expect(r.elements[1]).toMatchObject({ answers: 3, missing: 1 });
    const weighted = nrr.reduce((a, b) => a + b, 0) / 9;
    expect(r.ikm).toBeCloseTo(weighted * 25, 10);
    expect(r.quality).toBe('C');
    expect(r).toMatchObject({ respondents: 4, highest: 'U4', lowest: 'U9' });
    // Expectations: 4, 4, 3, 3 on every element → 3,5 → index 87,5; gap and Tki against it.
    expect(r.elements[3]).toMatchObject({ expectationIndex: 87.5, gap: 100 - 87.5 });
    expect(r.elements[8]!.conformity).toBeCloseTo((1.75 / 3.5) * 100, 10);
    expect(r.axes.expectation).toBeCloseTo(3.5, 12);
    expect(r.axes.satisfaction).toBeCloseTo(weighted, 12);
    // Same importance everywhere, so satisfaction alone splits the elements into II and I.
    expect(r.elements.find((e) => e.code === 'U4')!.quadrant).toBe('II');
    expect(r.elements.find((e) => e.code === 'U9')!.quadrant).toBe('I');
    const [women, men] = r.breakdown!.groups;
    expect(women).toMatchObject({ option: 'f', respondents: 2 });
    expect(women!.ikm).toBeCloseTo(((4 + 3 + 3 + 4 + 3 + 3 + 4 + 4 + 2 + (3 + 3 + 2 + 4 + 3 + 3 + 3 + 4 + 2)) / 18) * 25, 10);
    expect(men!.respondents).toBe(2);
    expect(r.demographics[0]!.options).toEqual([
      { value: 'f', label: 'Perempuan', count: 2, pct: 50 },
      { value: 'm', label: 'Laki-laki', count: 2, pct: 50 },
    ]);
    expect(r.previous).toMatchObject({ year: 2030, ikm: 50, quality: 'D' });
    expect(r.elements[0]!.previousIndex).toBe(50);
  });

  it('refuses a breakdown by a question that is not a choice', async () => {
    const res = await t.request(`/api/surveys/${surveyId}/results?by=U1`, { as: staf });
    expect(res.status).toBe(400);
  });

  it('reports sample progress against Krejcie–Morgan', async () => {
    const survey = (await (await t.request(`/api/surveys/${surveyId}`, { as: staf })).json()) as {
      sample: { krejcieMorgan: number; slovin: number; progressPct: number };
    };
    expect(survey.sample).toEqual({ krejcieMorgan: 80, slovin: 80, progressPct: (4 / 80) * 100 });
  });
});

describe('the computation sheet', () => {
  it('shows every answer and every step as formulas, with the same index', async () => {
    const res = await t.request(`/api/surveys/${surveyId}/computation.xlsx`, { as: auditor });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('perhitungan-MS-2031.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const answersSheet = wb.getWorksheet('Jawaban')!;
    expect(answersSheet.getRow(1).getCell(2).value).toBe('U1');
    expect(answersSheet.getRow(5).getCell(3).value).toBeNull(); // the missing U2 of the 4th respondent
    const sheet = wb.getWorksheet('Perhitungan')!;
    const u2 = sheet.getRow(6);
    expect(u2.getCell(1).value).toBe('U2');
    expect((u2.getCell(3).value as ExcelJS.CellFormulaValue).formula).toBe("SUM('Jawaban'!$C$2:$C$5)");
    expect((u2.getCell(4).value as ExcelJS.CellFormulaValue).formula).toBe("COUNT('Jawaban'!$C$2:$C$5)");
    expect((u2.getCell(5).value as ExcelJS.CellFormulaValue).formula).toBe('IF(D6>0,C6/D6,"")');
    expect((u2.getCell(4).value as ExcelJS.CellFormulaValue).result).toBe(3);
    const results = (await (await t.request(`/api/surveys/${surveyId}/results`, { as: auditor })).json()) as Results;
    let ikm: ExcelJS.CellFormulaValue | undefined;
    sheet.eachRow((row) => {
      if (String(row.getCell(2).value).startsWith('IKM')) ikm = row.getCell(3).value as ExcelJS.CellFormulaValue;
    });
    expect(ikm!.formula).toMatch(/^C\d+\*25$/);
    expect(ikm!.result).toBeCloseTo(results.ikm, 10);
  });
});

describe('respondent-level import', () => {
  function form(csv: string, name = 'jawaban.csv') {
    const data = new FormData();
    data.append('file', new File([csv], name));
    return data;
  }

  it('refuses a file without an element column and stores nothing', async () => {
    const before = await responsesOf(t, surveyId);
    const csv = 'gender;U1;U2;U3;U4;U5;U6;U7;U8\nf;3;3;3;3;3;3;3;3\n';
    const res = await t.request(`/api/surveys/${surveyId}/imports/preview`, { as: staf, rawBody: form(csv) });
    expect(res.status).toBe(400);
    const error = ((await res.json()) as ErrorBody).error;
    expect(error.code).toBe('IMPORT_COLUMNS');
    expect(error.message).toBe('Kolom tidak sesuai templat: kolom unsur tidak ada: U9');
    expect(await responsesOf(t, surveyId)).toBe(before);
  });

  it('previews every bad cell by row and column, refuses to commit them, then commits a clean file all at once', async () => {
    const before = await responsesOf(t, surveyId);
    const header = 'gender;U1;U2;U3;U4;U5;U6;U7;U8;U9;saran';
    const bad = `${header}\nf;3;3;3;3;3;3;3;3;3;\nx;5;3;3;3;3;3;3;3;3;\n`;
    const preview = await t.request(`/api/surveys/${surveyId}/imports/preview`, { as: staf, rawBody: form(bad) });
    expect(preview.status).toBe(201);
    const batch = (await preview.json()) as { id: string; errorCount: number; errors: { row: number; header: string }[] };
    expect(batch.errorCount).toBe(2);
    expect(batch.errors.map((e) => [e.row, e.header])).toEqual([
      [3, 'gender'],
      [3, 'U1'],
    ]);
    const commit = await t.request(`/api/surveys/${surveyId}/imports/${batch.id}/commit`, { as: staf, body: {} });
    expect(commit.status).toBe(422);
    expect(await responsesOf(t, surveyId)).toBe(before);
    const good = `${header}\nPerempuan;4;4;4;4;4;4;4;4;4;bagus\nm;1;;1;1;1;1;1;1;1;\n`;
    const ok = (await (await t.request(`/api/surveys/${surveyId}/imports/preview`, { as: staf, rawBody: form(good) })).json()) as {
      id: string;
      errorCount: number;
    };
    expect(ok.errorCount).toBe(0);
    expect((await t.request(`/api/surveys/${surveyId}/imports/${ok.id}/commit`, { as: staf, body: {} })).status).toBe(200);
    expect(await responsesOf(t, surveyId)).toBe(before + 2);
    const r = (await (await t.request(`/api/surveys/${surveyId}/results`, { as: staf })).json()) as Results;
    expect(r.respondents).toBe(6);
    expect(r.elements[1]).toMatchObject({ answers: 4, missing: 2 });
  });
});

describe('pollster studies', () => {
  it('needs the study as evidence and keeps the aspects with the year before', async () => {
    const body = {
      code: 'OP-2031',
      title: 'Indeks Opini Publik 2031',
      year: 2031,
      index: 82.55,
      previousIndex: 79.6,
      aspects: [{ code: 'kesehatan', name: { id: 'Kesehatan', en: 'Health' }, value: 83.13, previous: 81.58 }],
    };
    const missing = await t.request('/api/survey-studies', { as: staf, body });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as ErrorBody).error.fields?.[0]?.path).toBe('evidenceLink');
    const res = await t.request('/api/survey-studies', { as: staf, body: { ...body, evidenceLink: 'https://example.org/studi.pdf' } });
    expect(res.status).toBe(201);
    const study = (await res.json()) as { id: string; aspects: { previous: number }[] };
    expect(study.aspects[0]!.previous).toBe(81.58);
    expect((await t.request(`/api/survey-studies/${study.id}`, { as: auditor, method: 'PATCH', body: { index: 90 } })).status).toBe(403);
    expect(
      (await t.request('/api/survey-studies', { as: staf, body: { ...body, evidenceLink: 'https://example.org/x.pdf' } })).status,
    ).toBe(409);
  });
});
