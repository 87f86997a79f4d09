import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSurvey } from '../../src/server/modules/surveys/commands/surveys';
import { skmQuestionnaire } from '../../src/server/modules/surveys/skm-template';
import { SYSTEM_META } from '../../src/server/platform/command';
import { ZCreateSurveyRequest } from '../../src/shared/surveys';
import { createTestApp, makeUnit, makeUser, type Session, type TestApp } from '../setup/test-app';

/** The media satisfaction survey invites the journalists of the media contacts who may be contacted (spec 50, spec 30). */
let t: TestApp;
let staf: Session;
let koordinator: Session;
let perencana: Session;
let humasId: string;

async function journalist(name: string, email: string | null) {
  const res = await t.request('/api/media/journalists', {
    as: staf,
    body: { name, email, legalBasis: 'legitimate_interest', purpose: 'Survei kepuasan media', retentionUntil: '2030-12-31' },
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

let surveys = 0;
async function survey(kind: 'ikm' | 'internal') {
  const code = `UJI-${kind}-${++surveys}`;
  const input = ZCreateSurveyRequest.parse({
    code,
    kind,
    title: `Survei ${code}`,
    year: 2025,
    opensOn: '2025-01-01',
    closesOn: '2099-12-31',
    unitId: humasId,
    questionnaire: skmQuestionnaire(undefined, { expectations: false }),
  });
  return (await createSurvey({ tx: t.services.db, actor: null, meta: SYSTEM_META }, input)).id;
}

const invite = (id: string, body: unknown, as = koordinator) => t.request(`/api/surveys/${id}/invitations/journalists`, { as, body });

beforeAll(async () => {
  t = await createTestApp();
  humasId = (await makeUnit(t, { kind: 'group' })).id;
  staf = (await makeUser(t, 'staf', humasId)).session;
  koordinator = (await makeUser(t, 'koordinator', humasId)).session;
  perencana = (await makeUser(t, 'perencana', humasId)).session;
  await journalist('Ani', 'ani@uji.example');
  await journalist('Budi', 'budi@uji.example');
  await journalist('Tanpa Surel', null);
  const restricted = await journalist('Dibatasi', 'batas@uji.example');
  expect((await t.request(`/api/media/journalists/${restricted}/restrict`, { as: koordinator, body: { restricted: true } })).status).toBe(
    200,
  );
  const erased = await journalist('Dihapus', 'hapus@uji.example');
  expect((await t.request(`/api/media/journalists/${erased}/anonymize`, { as: koordinator, body: {} })).status).toBe(200);
  // Budi asked for an interview in 2025: served that year.
  const asked = await t.request('/api/media/interviews', {
    as: staf,
    body: {
      outletName: 'Kabar',
      mediaType: 'online',
      journalistName: 'Budi',
      contactEmail: 'BUDI@uji.example',
      topic: 'Uji',
      channel: 'email',
      receivedAt: '2025-05-05T03:00:00Z',
    },
  });
  expect(asked.status).toBe(201);
});
afterAll(() => t.close());

describe('inviting journalists to the media satisfaction survey', () => {
  it('makes one invitation per journalist who may be contacted, with their e-mail, and each link opens the survey', async () => {
    const id = await survey('ikm');
    const res = await invite(id, {});
    expect(res.status).toBe(201);
    const { items } = (await res.json()) as { items: { name: string; email: string; path: string }[] };
    // Not the one without an e-mail, not the restricted one, not the erased one.
    expect(items.map((i) => [i.name, i.email])).toEqual([
      ['Ani', 'ani@uji.example'],
      ['Budi', 'budi@uji.example'],
    ]);
    const token = items[0]!.path.replace('/s/', '');
    expect((await t.request(`/api/public/surveys/${token}`)).status).toBe(200);
    const listed = (await (await t.request(`/api/surveys/${id}/invitations`, { as: koordinator })).json()) as {
      items: { label: string | null }[];
    };
    // The invitations keep no name: an answer cannot be traced back to a journalist.
    expect(listed.items.map((i) => i.label)).toEqual([null, null]);

    const served = (await (await invite(id, { servedInYear: 2025 })).json()) as { items: { name: string }[] };
    expect(served.items.map((i) => i.name)).toEqual(['Budi']);
    expect(((await (await invite(id, { servedInYear: 2024 })).json()) as { items: unknown[] }).items).toEqual([]);
  });

  it('is for media satisfaction surveys, by those who run the survey and read the contacts', async () => {
    expect((await invite(await survey('internal'), {})).status).toBe(409);
    const ikm = await survey('ikm');
    // The planner runs the bureau's surveys but does not read the media contacts.
    expect((await invite(ikm, {}, perencana)).status).toBe(403);
    expect((await invite(ikm, { servedInYear: 'tahun ini' })).status).toBe(400);
  });
});
