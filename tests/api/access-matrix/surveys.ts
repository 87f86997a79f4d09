import { createStudy } from '../../../src/server/modules/surveys/commands/studies';
import { createSurvey } from '../../../src/server/modules/surveys/commands/surveys';
import { surveysPolicy } from '../../../src/server/modules/surveys/policy';
import { skmQuestionnaire } from '../../../src/server/modules/surveys/skm-template';
import { SYSTEM_META } from '../../../src/server/platform/command';
import { ZCreateStudyRequest, ZCreateSurveyRequest } from '../../../src/shared/surveys';
import type { TRole } from '../../../src/shared/roles';
import { type Case, type Fixture, fileForm, type Matrix, type Req, rolesExcept } from './harness';

const READERS = rolesExcept('unit_pengusul');
/** The head runs any survey; a group's coordinator and staff, and the planner, their own unit's. */
const MANAGERS: TRole[] = ['kepala_biro', 'koordinator', 'staf', 'perencana'];
const EXPORTERS: TRole[] = ['kepala_biro', 'koordinator', 'staf', 'perencana', 'auditor'];
const QUESTIONNAIRE = skmQuestionnaire(undefined, { expectations: false });
const ANSWERS = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`U${i + 1}`, 3]));

const system = (f: Fixture) => ({ tx: f.t.services.db, actor: null, meta: SYSTEM_META });

/** A new public survey of unit `unitId`, open today. */
async function survey(f: Fixture, unitId: string) {
  const code = `SV-${f.seq()}`;
  const input = ZCreateSurveyRequest.parse({
    code,
    title: `Survei matriks ${code}`,
    year: 2031,
    opensOn: '2020-01-01',
    closesOn: '2099-12-31',
    unitId,
    questionnaire: QUESTIONNAIRE,
  });
  return createSurvey(system(f), input);
}

function studyBody(f: Fixture, unitId: string) {
  return {
    code: `OP-${f.seq()}`,
    title: 'Indeks opini publik uji',
    year: 2031,
    index: 80.5,
    evidenceLink: 'https://example.org/studi.pdf',
    unitId,
  };
}

const responsesCsv = () => `U1;U2;U3;U4;U5;U6;U7;U8;U9\n${'3;'.repeat(8)}3\n`;

/** A survey route of one unit's survey that the survey's runners may use (scope `unit`). */
const manage = (ok: 200 | 201, build: (f: Fixture, id: string, role: TRole, unitId: string) => Promise<Req> | Req): Case => ({
  allowed: MANAGERS,
  scope: 'unit',
  awayAllowed: ['kepala_biro'],
  ok,
  build: async (f, role, unitId) => build(f, (await survey(f, unitId)).id, role, unitId),
});

/** A survey route about one survey that every reader (or exporter) may use, whichever unit runs it. */
const readSurvey = (path: (id: string) => string, allowed: readonly TRole[] = READERS): Case => ({
  allowed,
  scope: 'global',
  ok: 200,
  build: async (f, _role, unitId) => ({ method: 'GET', path: path((await survey(f, unitId)).id) }),
});

const get = (path: string, allowed: readonly TRole[] = READERS): Case => ({
  allowed,
  scope: 'global',
  ok: 200,
  build: async () => ({ method: 'GET', path }),
});

/** Surveys: respondents answer through public links; the bureau runs and reads the surveys. */
export const SURVEYS_MATRIX: Matrix = {
  'GET /api/survey-tools/sample-size': get('/api/survey-tools/sample-size?population=1000&margin=0.05'),
  'GET /api/survey-tools/skm-template': get('/api/survey-tools/skm-template'),
  'GET /api/survey-tools/internal-satisfaction': get('/api/survey-tools/internal-satisfaction?year=2031'),
  'GET /api/public/surveys/{token}': {
    allowed: 'public',
    scope: 'global',
    ok: 200,
    build: async (f, _role, unitId) => ({ method: 'GET', path: `/api/public/surveys/${(await survey(f, unitId)).publicToken}` }),
  },
  'POST /api/public/surveys/{token}/responses': {
    allowed: 'public',
    scope: 'global',
    ok: 201,
    build: async (f, _role, unitId) => ({
      method: 'POST',
      path: `/api/public/surveys/${(await survey(f, unitId)).publicToken}/responses`,
      body: { version: 1, consent: true, answers: ANSWERS },
    }),
  },
  'GET /api/surveys': get('/api/surveys'),
  'POST /api/surveys': {
    allowed: MANAGERS,
    scope: 'unit',
    awayAllowed: ['kepala_biro'],
    ok: 201,
    build: async (f, _role, unitId) => {
      const code = `SN-${f.seq()}`;
      const body = {
        code,
        title: 'Survei baru',
        year: 2031,
        opensOn: '2031-01-01',
        closesOn: '2031-12-31',
        unitId,
        questionnaire: QUESTIONNAIRE,
      };
      return { method: 'POST', path: '/api/surveys', body };
    },
  },
  'GET /api/surveys/{id}': readSurvey((id) => `/api/surveys/${id}`),
  'PATCH /api/surveys/{id}': manage(200, (_f, id) => ({ method: 'PATCH', path: `/api/surveys/${id}`, body: { title: 'Judul diubah' } })),
  'PUT /api/surveys/{id}/questionnaire': manage(200, (_f, id) => ({
    method: 'PUT',
    path: `/api/surveys/${id}/questionnaire`,
    body: { questionnaire: QUESTIONNAIRE },
  })),
  'POST /api/surveys/{id}/questionnaire/versions': manage(201, (_f, id) => ({
    method: 'POST',
    path: `/api/surveys/${id}/questionnaire/versions`,
    body: { questionnaire: QUESTIONNAIRE },
  })),
  'POST /api/surveys/{id}/invitations': manage(201, (_f, id) => ({
    method: 'POST',
    path: `/api/surveys/${id}/invitations`,
    body: { count: 2 },
  })),
  // Their names and e-mails come from the media contacts: the survey's runners who also read those.
  'POST /api/surveys/{id}/invitations/journalists': {
    ...manage(201, (_f, id) => ({ method: 'POST', path: `/api/surveys/${id}/invitations/journalists`, body: {} })),
    allowed: ['kepala_biro', 'koordinator', 'staf'],
  },
  'GET /api/surveys/{id}/invitations': manage(200, (_f, id) => ({ method: 'GET', path: `/api/surveys/${id}/invitations` })),
  'GET /api/surveys/{id}/results': readSurvey((id) => `/api/surveys/${id}/results`),
  'GET /api/surveys/{id}/responses': readSurvey((id) => `/api/surveys/${id}/responses`),
  'GET /api/surveys/{id}/computation.xlsx': readSurvey((id) => `/api/surveys/${id}/computation.xlsx`, EXPORTERS),
  'POST /api/surveys/{id}/imports/preview': manage(201, (_f, id) => ({
    method: 'POST',
    path: `/api/surveys/${id}/imports/preview`,
    form: fileForm(responsesCsv(), 'jawaban.csv'),
  })),
  'POST /api/surveys/{id}/imports/{batchId}/commit': manage(200, async (f, id, role, unitId) => {
    // The preview is the caller's own when they may run this survey; otherwise the head's.
    const owner = surveysPolicy['surveys.manage'](f.users[role].actor, { unitId }) ? role : 'kepala_biro';
    const res = await f.t.request(`/api/surveys/${id}/imports/preview`, {
      as: f.users[owner].session,
      rawBody: fileForm(responsesCsv(), 'jawaban.csv'),
    });
    if (res.status !== 201) throw new Error(`survey import preview: ${res.status} ${await res.text()}`);
    return { method: 'POST', path: `/api/surveys/${id}/imports/${((await res.json()) as { id: string }).id}/commit` };
  }),
  'GET /api/survey-studies': get('/api/survey-studies'),
  'POST /api/survey-studies': {
    allowed: MANAGERS,
    scope: 'unit',
    awayAllowed: ['kepala_biro'],
    ok: 201,
    build: async (f, _role, unitId) => ({ method: 'POST', path: '/api/survey-studies', body: studyBody(f, unitId) }),
  },
  'GET /api/survey-studies/{id}': {
    allowed: READERS,
    scope: 'global',
    ok: 200,
    build: async (f, _role, unitId) => {
      const study = await createStudy(system(f), ZCreateStudyRequest.parse(studyBody(f, unitId)));
      return { method: 'GET', path: `/api/survey-studies/${study.id}` };
    },
  },
  'PATCH /api/survey-studies/{id}': {
    allowed: MANAGERS,
    scope: 'unit',
    awayAllowed: ['kepala_biro'],
    ok: 200,
    build: async (f, _role, unitId) => {
      const study = await createStudy(system(f), ZCreateStudyRequest.parse(studyBody(f, unitId)));
      return { method: 'PATCH', path: `/api/survey-studies/${study.id}`, body: { index: 81.25 } };
    },
  },
};
