import { count } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { surveyResponses } from '../../src/server/db/schema';
import { SUBMISSIONS_PER_HOUR } from '../../src/server/modules/surveys/protection';
import { createTestApp, makeUnit, makeUser, type Session, type TestApp } from '../setup/test-app';
import { answers, createSurvey, type ErrorBody, newAddress, responsesOf, submit, surveyBody, tokenOf } from './surveys-helpers';

let t: TestApp;
let staf: Session;
let otherStaf: Session;
let unitUser: Session;
let auditor: Session;

beforeAll(async () => {
  t = await createTestApp({ env: { SIMPUL_TRUST_PROXY: '1' } });
  const humas = await makeUnit(t, { kind: 'group' });
  const other = await makeUnit(t, { kind: 'group' });
  const office = await makeUnit(t, { kind: 'regional_office' });
  staf = (await makeUser(t, 'staf', humas.id)).session;
  otherStaf = (await makeUser(t, 'staf', other.id)).session;
  unitUser = (await makeUser(t, 'unit_pengusul', office.id)).session;
  auditor = (await makeUser(t, 'auditor', null)).session;
});
afterAll(() => t.close());
afterEach(() => {
  vi.useRealTimers();
});

async function totalResponses() {
  const [row] = await t.services.db.select({ n: count() }).from(surveyResponses);
  return row!.n;
}

describe('creating a survey', () => {
  it('lets the group create its survey with a public link of 256 random bits, and keeps others out', async () => {
    expect((await t.request('/api/surveys', { body: surveyBody('S-ANON') })).status).toBe(401);
    expect((await t.request('/api/surveys', { as: unitUser, body: surveyBody('S-UNIT') })).status).toBe(403);
    expect((await t.request('/api/surveys', { as: auditor, body: surveyBody('S-AUD') })).status).toBe(403);
    const survey = await createSurvey(t, staf, surveyBody('S-1'));
    expect(survey.status).toBe('open');
    // base64url of 32 bytes: 43 characters.
    expect(tokenOf(survey.publicPath!)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Another group's staff may read it but not change it.
    expect((await t.request(`/api/surveys/${survey.id}`, { as: otherStaf })).status).toBe(200);
    expect(
      (await t.request(`/api/surveys/${survey.id}`, { as: otherStaf, method: 'PATCH', body: { title: 'Diubah orang lain' } })).status,
    ).toBe(403);
    expect((await t.request(`/api/surveys/${survey.id}`, { as: unitUser })).status).toBe(403);
  });

  it('refuses a questionnaire whose items name an unknown element, or an element without a satisfaction item', async () => {
    const body = surveyBody('S-BAD');
    const q = structuredClone(body.questionnaire);
    q.elements.push({ code: 'U10', name: { id: 'Tanpa butir', en: '' } });
    const res = await t.request('/api/surveys', { as: staf, body: { ...body, questionnaire: q } });
    expect(res.status).toBe(400);
    const error = ((await res.json()) as ErrorBody).error;
    expect(error.code).toBe('VALIDATION');
    expect(error.fields?.some((f) => f.message.includes('U10'))).toBe(true);
    expect(
      (await t.request('/api/surveys?year=2030', { as: staf }).then((r) => r.json())) as { items: { code: string }[] },
    ).not.toMatchObject({
      items: expect.arrayContaining([expect.objectContaining({ code: 'S-BAD' })]),
    });
  });
});

describe('answering through the public link', () => {
  it('serves the questionnaire without an account and counts a valid response', async () => {
    const survey = await createSurvey(t, staf, surveyBody('S-2'));
    const token = tokenOf(survey.publicPath!);
    const page = await t.request(`/api/public/surveys/${token}`);
    expect(page.status).toBe(200);
    const body = (await page.json()) as { status: string; version: number; questionnaire: { elements: unknown[] } };
    expect(body).toMatchObject({ status: 'open', version: 1 });
    expect(body.questionnaire.elements).toHaveLength(9);
    const res = await submit(t, token, { answers: answers(3, 4) }, newAddress());
    expect(res.status).toBe(201);
    expect(await responsesOf(t, survey.id)).toBe(1);
    const results = (await (await t.request(`/api/surveys/${survey.id}/results`, { as: staf })).json()) as { ikm: number; quality: string };
    expect(results).toMatchObject({ ikm: 75, quality: 'C' });
  });

  it('refuses a value outside 1–4, a missing consent and an unknown question, in the respondent’s language, storing nothing', async () => {
    const survey = await createSurvey(t, staf, surveyBody('S-3'));
    const token = tokenOf(survey.publicPath!);
    const before = await totalResponses();
    const five = await submit(t, token, { answers: answers([5, 3, 3, 3, 3, 3, 3, 3, 0], 3) }, newAddress());
    expect(five.status).toBe(400);
    const error = ((await five.json()) as ErrorBody).error;
    expect(error.code).toBe('VALIDATION');
    expect(error.fields).toEqual(
      expect.arrayContaining([
        { path: 'answers.U1', message: 'Pilih nilai 1–4.' },
        { path: 'answers.U9', message: 'Pilih nilai 1–4.' },
      ]),
    );
    const english = await submit(t, token, { answers: answers(3, 7) }, newAddress(), 'en');
    expect(((await english.json()) as ErrorBody).error.fields).toContainEqual({
      path: 'answers.H1',
      message: 'Choose a value from 1 to 4.',
    });
    const noConsent = await submit(t, token, { answers: answers(3, 3), consent: false }, newAddress());
    expect(noConsent.status).toBe(400);
    expect(((await noConsent.json()) as ErrorBody).error.fields?.[0]?.path).toBe('consent');
    // Consent is reported together with the answers' problems.
    const both = await submit(t, token, { answers: answers(5, 3), consent: false }, newAddress());
    expect(((await both.json()) as ErrorBody).error.fields?.map((f) => f.path)).toEqual(expect.arrayContaining(['answers.U1', 'consent']));
    const unknown = await submit(t, token, { answers: { ...answers(3, 3), X9: 4 } }, newAddress());
    expect(((await unknown.json()) as ErrorBody).error.fields?.[0]?.path).toBe('answers.X9');
    const fraction = await submit(t, token, { answers: answers(2.5, 3) }, newAddress());
    expect(fraction.status).toBe(400);
    expect(await totalResponses()).toBe(before);
  });

  it('refuses a closed survey and one not yet open, naming the day it opens', async () => {
    const closed = await createSurvey(t, staf, surveyBody('S-OLD', { opensOn: '2020-01-01', closesOn: '2020-12-31' }));
    const later = await createSurvey(t, staf, surveyBody('S-LATER', { opensOn: '2099-01-28', closesOn: '2099-12-31' }));
    const before = await totalResponses();
    const res = await submit(t, tokenOf(closed.publicPath!), { answers: answers(3, 3) }, newAddress());
    expect(res.status).toBe(409);
    expect(((await res.json()) as ErrorBody).error).toMatchObject({
      code: 'SURVEY_CLOSED',
      message: 'Survei ini sudah ditutup; jawaban tidak lagi diterima.',
    });
    const early = await submit(t, tokenOf(later.publicPath!), { answers: answers(3, 3) }, newAddress(), 'en');
    expect(((await early.json()) as ErrorBody).error).toMatchObject({ code: 'SURVEY_NOT_OPEN' });
    await expect(
      (await submit(t, tokenOf(later.publicPath!), { answers: answers(3, 3) }, newAddress())).json() as Promise<ErrorBody>,
    ).resolves.toMatchObject({
      error: { message: 'Survei ini belum dibuka. Silakan kembali mulai 28 Januari 2099.' },
    });
    // Closing an open survey early stops it at once.
    const open = await createSurvey(t, staf, surveyBody('S-CLOSE'));
    expect((await t.request(`/api/surveys/${open.id}`, { as: staf, method: 'PATCH', body: { closed: true } })).status).toBe(200);
    expect((await submit(t, tokenOf(open.publicPath!), { answers: answers(3, 3) }, newAddress())).status).toBe(409);
    expect((await (await t.request(`/api/public/surveys/${tokenOf(open.publicPath!)}`)).json()) as { status: string }).toMatchObject({
      status: 'closed',
    });
    expect(await totalResponses()).toBe(before);
  });

  it('takes one response per invitation token and refuses it reused', async () => {
    const survey = await createSurvey(t, staf, surveyBody('S-INV', { access: 'invitation' }));
    expect(survey.publicPath).toBeNull();
    const res = await t.request(`/api/surveys/${survey.id}/invitations`, { as: staf, body: { count: 2 } });
    expect(res.status).toBe(201);
    const { items } = (await res.json()) as { items: { path: string }[] };
    const [first, second] = items.map((i) => tokenOf(i.path));
    expect(first).not.toBe(second);
    expect((await submit(t, first!, { answers: answers(4, 4) }, newAddress())).status).toBe(201);
    const again = await submit(t, first!, { answers: answers(1, 1) }, newAddress());
    expect(again.status).toBe(409);
    expect(((await again.json()) as ErrorBody).error.code).toBe('INVITATION_USED');
    expect((await (await t.request(`/api/public/surveys/${first}`)).json()) as { status: string }).toMatchObject({ status: 'used' });
    expect((await submit(t, second!, { answers: answers(2, 2) }, newAddress())).status).toBe(201);
    expect(await responsesOf(t, survey.id)).toBe(2);
    // A token that is no survey's: 404, the same as a forged one.
    expect((await t.request(`/api/public/surveys/${'x'.repeat(43)}`)).status).toBe(404);
    const list = (await (await t.request(`/api/surveys/${survey.id}/invitations`, { as: staf })).json()) as {
      items: { usedAt: string | null }[];
    };
    expect(list.items.filter((i) => i.usedAt).length).toBe(2);
  });

  it('cuts a flood from one address after the hourly limit and recognises a resubmission', async () => {
    // The limit counts per clock hour: run inside one, whatever the time of day.
    const now = new Date();
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000 + 60_000));
    const survey = await createSurvey(t, staf, surveyBody('S-FLOOD'));
    const token = tokenOf(survey.publicPath!);
    const ip = newAddress();
    expect((await submit(t, token, { answers: answers(3, 3, 'f') }, ip)).status).toBe(201);
    const twice = await submit(t, token, { answers: answers(3, 3, 'f') }, ip);
    expect(twice.status).toBe(409);
    expect(((await twice.json()) as ErrorBody).error.code).toBe('SURVEY_DUPLICATE');
    // The same answers from another address are another respondent.
    expect((await submit(t, token, { answers: answers(3, 3, 'f') }, newAddress())).status).toBe(201);
    const statuses: number[] = [];
    for (let i = 0; i < SUBMISSIONS_PER_HOUR + 3; i++) {
      // Distinct answers each time (i in base 4), so that none is a resubmission.
      const distinct = [1 + (i % 4), 1 + (Math.floor(i / 4) % 4), 1 + (Math.floor(i / 16) % 4), 4, 1, 2, 3, 4, 2];
      statuses.push((await submit(t, token, { answers: answers(distinct, 3, 'm') }, ip)).status);
    }
    const refused = statuses.filter((s) => s === 429).length;
    // The first two attempts of this address counted too: the limit is on attempts, refused or not.
    expect(refused).toBe(5);
    expect(statuses.slice(-5).every((s) => s === 429)).toBe(true);
    const last = await submit(t, token, { answers: answers(4, 4, 'm') }, ip);
    expect(((await last.json()) as ErrorBody).error.code).toBe('SURVEY_RATE_LIMITED');
    expect(await responsesOf(t, survey.id)).toBe(2 + SUBMISSIONS_PER_HOUR - 2);
    vi.useRealTimers();
  });

  it('answers a robot that filled the hidden field as usual and stores nothing; honours quotas', async () => {
    const survey = await createSurvey(t, staf, surveyBody('S-QUOTA', { quotas: [{ question: 'gender', option: 'm', max: 1 }] }));
    const token = tokenOf(survey.publicPath!);
    expect((await submit(t, token, { answers: answers(3, 3, 'm'), website: 'http://spam.example' }, newAddress())).status).toBe(201);
    expect(await responsesOf(t, survey.id)).toBe(0);
    expect((await submit(t, token, { answers: answers(3, 3, 'm') }, newAddress())).status).toBe(201);
    const full = await submit(t, token, { answers: answers(2, 3, 'm') }, newAddress(), 'en');
    expect(full.status).toBe(409);
    expect(((await full.json()) as ErrorBody).error.message).toBe('The quota of respondents for Sex: Male is already full.');
    expect((await submit(t, token, { answers: answers(2, 3, 'f') }, newAddress())).status).toBe(201);
    expect(await responsesOf(t, survey.id)).toBe(2);
  });
});

describe('questionnaire versions', () => {
  it('edits an unanswered questionnaire in place, then refuses to change an answered one; a new version takes over', async () => {
    const survey = await createSurvey(t, staf, surveyBody('S-VER'));
    const token = tokenOf(survey.publicPath!);
    const q = surveyBody('x').questionnaire;
    q.sections[0]!.title.id = 'Tentang Anda';
    expect(
      (await t.request(`/api/surveys/${survey.id}/questionnaire`, { as: staf, method: 'PUT', body: { questionnaire: q } })).status,
    ).toBe(200);
    expect((await submit(t, token, { answers: answers(3, 3) }, newAddress())).status).toBe(201);
    q.sections[0]!.title.id = 'Profil';
    const refused = await t.request(`/api/surveys/${survey.id}/questionnaire`, { as: staf, method: 'PUT', body: { questionnaire: q } });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as ErrorBody).error).toMatchObject({
      code: 'QUESTIONNAIRE_ANSWERED',
      message: 'Kuesioner versi 1 sudah dijawab sehingga tidak dapat diubah. Buat versi baru.',
    });
    const v2 = await t.request(`/api/surveys/${survey.id}/questionnaire/versions`, { as: staf, body: { questionnaire: q } });
    expect(v2.status).toBe(201);
    expect(((await v2.json()) as { version: number }).version).toBe(2);
    expect((await (await t.request(`/api/public/surveys/${token}`)).json()) as { version: number }).toMatchObject({ version: 2 });
    expect((await submit(t, token, { version: 2, answers: answers(4, 4) }, newAddress())).status).toBe(201);
    const detail = (await (await t.request(`/api/surveys/${survey.id}`, { as: staf })).json()) as {
      versions: { version: number; responses: number }[];
    };
    expect(detail.versions.map((v) => [v.version, v.responses])).toEqual([
      [1, 1],
      [2, 1],
    ]);
    // Both versions count in the index: (3 × 9 + 4 × 9) / 18 × 25 = 87,5.
    expect((await (await t.request(`/api/surveys/${survey.id}/results`, { as: staf })).json()) as { ikm: number }).toMatchObject({
      ikm: 87.5,
    });
  });
});

describe('sample size', () => {
  it('answers Krejcie–Morgan and Slovin, and refuses nonsense', async () => {
    const res = await t.request('/api/survey-tools/sample-size?population=1000&margin=0.05', { as: staf });
    expect((await res.json()) as object).toMatchObject({ krejcieMorgan: 278, slovin: 286, chiSquare: 3.841 });
    expect((await t.request('/api/survey-tools/sample-size?population=-3&margin=0.05', { as: staf })).status).toBe(400);
    expect((await t.request('/api/survey-tools/sample-size?population=100&margin=2', { as: staf })).status).toBe(400);
  });
});
