import { requestCoverage } from '../../../src/server/modules/media/commands/coverage';
import { saveJournalist } from '../../../src/server/modules/media/commands/contacts';
import { logJournalistRequest } from '../../../src/server/modules/media/commands/data-requests';
import { createFeed } from '../../../src/server/modules/media/commands/feeds';
import { createInterview } from '../../../src/server/modules/media/commands/interviews';
import { createRelease } from '../../../src/server/modules/media/commands/releases';
import { createDigest } from '../../../src/server/modules/media/digest/create';
import { recordAlerts } from '../../../src/server/modules/media/digest/spikes';
import { insertNews } from '../../../src/server/modules/media/news/insert';
import { putMediaSettings } from '../../../src/server/modules/media/settings';
import { SYSTEM_META } from '../../../src/server/platform/command';
import { ZMediaSettings } from '../../../src/shared/media';
import type { TRole } from '../../../src/shared/roles';
import { BUREAU_ROLES, type Case, type Fixture, fileForm, type Matrix } from './harness';

const WORKERS: TRole[] = ['koordinator', 'staf'];
const LEADS: TRole[] = ['koordinator', 'kepala_biro'];
const MANAGERS: TRole[] = ['koordinator', 'admin'];
// An admin reads the contacts to answer personal-data requests there (media.contacts.personal_data).
const CONTACT_READERS: TRole[] = ['koordinator', 'staf', 'kepala_biro', 'auditor', 'admin'];
// The log of personal-data requests and their deadlines: those who answer them, the head and auditors.
const DATA_REQUEST_READERS: TRole[] = ['koordinator', 'admin', 'kepala_biro', 'auditor'];

const system = (f: Fixture) => ({ tx: f.t.services.db, actor: null, meta: SYSTEM_META });

async function news(f: Fixture) {
  const n = f.seq();
  const { rows } = await insertNews(
    f.t.services.db,
    [
      {
        publishedAt: new Date('2025-09-01T02:00:00Z'),
        title: `Berita matriks ${n} tentang BPOM`,
        outletName: 'Media Matriks',
        mediaType: 'online',
        url: `https://matriks.example/${n}`,
      },
    ],
    { source: 'manual', actorId: null, toneOrigin: 'staff' },
  );
  return rows[0]!.id;
}

async function interview(f: Fixture) {
  const row = await createInterview(system(f), {
    outletName: 'Media Matriks',
    mediaType: 'online',
    journalistName: `Wartawan ${f.seq()}`,
    topic: 'Topik uji',
    channel: 'email',
    receivedAt: new Date(Date.now() - 3_600_000),
  });
  return row;
}

async function journalist(f: Fixture) {
  const row = await saveJournalist(system(f), null, {
    name: `Jurnalis ${f.seq()}`,
    legalBasis: 'legitimate_interest',
    purpose: 'Undangan peliputan',
    retentionUntil: '2030-12-31',
  });
  return row.id;
}

const feed = async (f: Fixture) =>
  (
    await createFeed(system(f), {
      name: `Feed ${f.seq()}`,
      url: 'http://127.0.0.1:9/tidak-ada',
      keywords: [],
      active: true,
      intervalMinutes: 30,
    })
  ).id;

const release = async (f: Fixture) =>
  (
    await createRelease(system(f), {
      kind: 'press_release',
      number: `SP-M-${f.seq()}`,
      date: '2025-09-01',
      title: 'Siaran pers uji',
      commodities: [],
      issues: [],
      channels: [],
    })
  ).id;

const releaseBody = (f: Fixture) => ({ kind: 'clarification', number: `PK-M-${f.seq()}`, date: '2025-09-02', title: 'Penjelasan uji' });

/** Settings that keep the public form open for every probe of the matrix (one address: the test's). */
async function openForm(f: Fixture) {
  await putMediaSettings(f.t.services.db, ZMediaSettings.parse({ publicFormMaxPerHour: 1000 }));
}

async function digest(f: Fixture) {
  const row = await createDigest(f.t.services.db, { slot: new Date(Date.UTC(2025, 0, 1, 0, f.seq())), kind: 'manual' });
  return row!.id;
}

async function alert(f: Fixture) {
  const subject = `Isu ${f.seq()}`;
  await recordAlerts(f.t.services.db, [{ date: '2025-09-01', kind: 'issue', subject, count: 9, mean: 1, sd: 1, threshold: 5 }]);
  const res = await f.t.request('/api/media/alerts?from=2025-09-01&to=2025-09-01', { as: f.users.staf.session });
  return ((await res.json()) as { items: { id: string; subject: string }[] }).items.find((a) => a.subject === subject)!.id;
}

const get = (allowed: Case['allowed'], path: (f: Fixture) => Promise<string> | string): Case => ({
  allowed,
  scope: 'global',
  ok: 200,
  build: async (f) => ({ method: 'GET', path: await path(f) }),
});

const CSV = 'tanggal terbit,judul,media,jenis media\n2025-09-01 08:00,BPOM uji matriks,Media Matriks,online\n';

/** Media relations: the bureau reads; the Humas staff and coordinator work; units request coverage; the public files requests. */
export const MEDIA_MATRIX: Matrix = {
  'GET /api/media/news/queue': get(WORKERS, () => '/api/media/news/queue'),
  'POST /api/media/news/tone': {
    allowed: WORKERS,
    scope: 'global',
    ok: 200,
    build: async (f) => ({ method: 'POST', path: '/api/media/news/tone', body: { ids: [await news(f)], tone: 'neutral' } }),
  },
  'POST /api/media/news/import/columns': {
    allowed: WORKERS,
    scope: 'global',
    ok: 200,
    build: async () => ({ method: 'POST', path: '/api/media/news/import/columns', form: fileForm(CSV, 'berita.csv') }),
  },
  'POST /api/media/news/import/preview': {
    allowed: WORKERS,
    scope: 'global',
    ok: 201,
    build: async () => ({ method: 'POST', path: '/api/media/news/import/preview', form: fileForm(CSV, 'berita.csv') }),
  },
  'POST /api/media/news/import/mappings': {
    allowed: WORKERS,
    scope: 'global',
    ok: 200,
    build: async (f) => ({
      method: 'POST',
      path: '/api/media/news/import/mappings',
      body: { name: `Vendor ${f.seq()}`, mapping: { Judul: 'title' } },
    }),
  },
  'GET /api/media/news': get(BUREAU_ROLES, () => '/api/media/news?q=vaksin&tone=none'),
  'POST /api/media/news': {
    allowed: WORKERS,
    scope: 'global',
    ok: 201,
    build: async (f) => ({
      method: 'POST',
      path: '/api/media/news',
      body: {
        publishedAt: '2025-09-02T08:00:00+07:00',
        title: `Berita manual ${f.seq()}`,
        outletName: 'Media Matriks',
        mediaType: 'print',
      },
    }),
  },
  'GET /api/media/news/{id}': get(BUREAU_ROLES, async (f) => `/api/media/news/${await news(f)}`),
  'PATCH /api/media/news/{id}': {
    allowed: WORKERS,
    scope: 'global',
    ok: 200,
    build: async (f) => ({ method: 'PATCH', path: `/api/media/news/${await news(f)}`, body: { issues: ['Uji'] } }),
  },
  'GET /api/media/statistics': get(BUREAU_ROLES, () => '/api/media/statistics?year=2025'),
  'GET /api/media/tone/model': get(BUREAU_ROLES, () => '/api/media/tone/model'),
  'POST /api/media/tone/retrain': {
    allowed: MANAGERS,
    scope: 'global',
    ok: 200,
    build: async () => ({ method: 'POST', path: '/api/media/tone/retrain' }),
  },
  'GET /api/media/feeds': get(BUREAU_ROLES, () => '/api/media/feeds'),
  'POST /api/media/feeds': {
    allowed: MANAGERS,
    scope: 'global',
    ok: 201,
    build: async (f) => ({ method: 'POST', path: '/api/media/feeds', body: { name: `Feed ${f.seq()}`, url: 'https://feed.example/rss' } }),
  },
  'PATCH /api/media/feeds/{id}': {
    allowed: MANAGERS,
    scope: 'global',
    ok: 200,
    build: async (f) => ({ method: 'PATCH', path: `/api/media/feeds/${await feed(f)}`, body: { active: false } }),
  },
  'POST /api/media/feeds/{id}/poll': {
    allowed: MANAGERS,
    scope: 'global',
    ok: 200,
    build: async (f) => ({ method: 'POST', path: `/api/media/feeds/${await feed(f)}/poll` }),
  },
  'GET /api/media/feeds/{id}/polls': get(BUREAU_ROLES, async (f) => `/api/media/feeds/${await feed(f)}/polls`),
  'GET /api/media/interviews/summary': get(BUREAU_ROLES, () => '/api/media/interviews/summary?year=2025'),
  'GET /api/media/interviews/assignees': get(LEADS, () => '/api/media/interviews/assignees'),
  'GET /api/media/interviews': get(BUREAU_ROLES, () => '/api/media/interviews?status=received'),
  'POST /api/media/interviews': {
    allowed: WORKERS,
    scope: 'global',
    ok: 201,
    build: async () => ({
      method: 'POST',
      path: '/api/media/interviews',
      body: { outletName: 'Radio Matriks', mediaType: 'radio', journalistName: 'Dian', topic: 'Uji', channel: 'phone' },
    }),
  },
  'GET /api/media/interviews/{id}': get(BUREAU_ROLES, async (f) => `/api/media/interviews/${(await interview(f)).id}`),
  'POST /api/media/interviews/{id}/triage': {
    allowed: LEADS,
    scope: 'global',
    ok: 200,
    build: async (f) => ({ method: 'POST', path: `/api/media/interviews/${(await interview(f)).id}/triage`, body: { priority: 'normal' } }),
  },
  'POST /api/media/interviews/{id}/assign': {
    allowed: LEADS,
    scope: 'global',
    ok: 200,
    build: async (f) => ({
      method: 'POST',
      path: `/api/media/interviews/${(await interview(f)).id}/assign`,
      body: { assignedTo: f.users.staf.id, spokesperson: 'Kepala BPOM' },
    }),
  },
  'POST /api/media/interviews/{id}/outcome': {
    allowed: WORKERS,
    scope: 'global',
    ok: 200,
    build: async (f) => ({
      method: 'POST',
      path: `/api/media/interviews/${(await interview(f)).id}/outcome`,
      body: { outcome: 'talkshow' },
    }),
  },
  'GET /api/public/interview-requests/form': get('public', () => '/api/public/interview-requests/form'),
  'POST /api/public/interview-requests': {
    allowed: 'public',
    scope: 'global',
    ok: 201,
    build: async (f) => {
      await openForm(f);
      return {
        method: 'POST',
        path: '/api/public/interview-requests',
        body: {
          outletName: 'Media Publik',
          mediaType: 'online',
          journalistName: 'Sari',
          contactEmail: 'sari@publik.example',
          topic: 'Topik publik',
          questions: 'Pertanyaan?',
          consent: true,
          noticeVersion: '2026-1',
        },
      };
    },
  },
  'GET /api/public/interview-requests/{code}': get(
    'public',
    async (f) => `/api/public/interview-requests/${(await interview(f)).trackingCode}`,
  ),
  'GET /api/media/releases': get(BUREAU_ROLES, () => '/api/media/releases?year=2025'),
  'POST /api/media/releases': {
    allowed: WORKERS,
    scope: 'global',
    ok: 201,
    build: async (f) => ({ method: 'POST', path: '/api/media/releases', body: releaseBody(f) }),
  },
  'PUT /api/media/releases/{id}': {
    allowed: WORKERS,
    scope: 'global',
    ok: 200,
    build: async (f) => ({ method: 'PUT', path: `/api/media/releases/${await release(f)}`, body: releaseBody(f) }),
  },
  'DELETE /api/media/releases/{id}': {
    allowed: WORKERS,
    scope: 'global',
    ok: 204,
    build: async (f) => ({ method: 'DELETE', path: `/api/media/releases/${await release(f)}` }),
  },
  'GET /api/media/coverage': get('everyone', () => '/api/media/coverage?year=2025'),
  'POST /api/media/coverage': {
    // A unit asks for its own activities; the Humas staff record any unit's.
    allowed: [...WORKERS, 'unit_pengusul'],
    scope: 'unit',
    awayAllowed: WORKERS,
    ok: 201,
    build: async (_f, _role, unitId) => ({
      method: 'POST',
      path: '/api/media/coverage',
      body: { activityDate: '2025-09-03', activity: 'Kunjungan kerja uji', unitId, location: 'in_city' },
    }),
  },
  'PATCH /api/media/coverage/{id}': {
    allowed: WORKERS,
    scope: 'global',
    ok: 200,
    build: async (f) => {
      const row = await requestCoverage(system(f), {
        activityDate: '2025-09-03',
        activity: 'Kegiatan uji',
        unitId: f.units.proposing,
        location: 'out_of_city',
      });
      return {
        method: 'PATCH',
        path: `/api/media/coverage/${row.id}`,
        body: { status: 'covered', newsTitle: 'Berita aktual uji', newsPublishedDate: '2025-09-04' },
      };
    },
  },
  'GET /api/media/outlets': get(BUREAU_ROLES, () => '/api/media/outlets'),
  'POST /api/media/outlets': {
    allowed: WORKERS,
    scope: 'global',
    ok: 201,
    build: async (f) => ({ method: 'POST', path: '/api/media/outlets', body: { name: `Outlet ${f.seq()}`, mediaType: 'tv' } }),
  },
  'PUT /api/media/outlets/{id}': {
    allowed: WORKERS,
    scope: 'global',
    ok: 200,
    build: async (f) => {
      const name = `Outlet ${f.seq()}`;
      const created = await f.t.request('/api/media/outlets', { as: f.users.staf.session, body: { name, mediaType: 'radio' } });
      const { id } = (await created.json()) as { id: string };
      return { method: 'PUT', path: `/api/media/outlets/${id}`, body: { name, mediaType: 'radio', region: 'Bali' } };
    },
  },
  'GET /api/media/journalists': get(CONTACT_READERS, () => '/api/media/journalists'),
  'POST /api/media/journalists': {
    allowed: WORKERS,
    scope: 'global',
    ok: 201,
    build: async (f) => ({
      method: 'POST',
      path: '/api/media/journalists',
      body: {
        name: `Jurnalis ${f.seq()}`,
        legalBasis: 'consent',
        purpose: 'Undangan',
        consentAt: '2025-01-02T03:00:00Z',
        consentNoticeVersion: 'v1',
        retentionUntil: '2028-12-31',
      },
    }),
  },
  'PUT /api/media/journalists/{id}': {
    allowed: WORKERS,
    scope: 'global',
    ok: 200,
    build: async (f) => ({
      method: 'PUT',
      path: `/api/media/journalists/${await journalist(f)}`,
      body: { name: 'Nama baru', legalBasis: 'legitimate_interest', purpose: 'Undangan', retentionUntil: '2029-12-31' },
    }),
  },
  'GET /api/media/journalists/{id}/personal-data': get(
    MANAGERS,
    async (f) => `/api/media/journalists/${await journalist(f)}/personal-data`,
  ),
  'POST /api/media/journalists/{id}/restrict': {
    allowed: MANAGERS,
    scope: 'global',
    ok: 200,
    build: async (f) => ({ method: 'POST', path: `/api/media/journalists/${await journalist(f)}/restrict`, body: { restricted: true } }),
  },
  'POST /api/media/journalists/{id}/anonymize': {
    allowed: MANAGERS,
    scope: 'global',
    ok: 200,
    build: async (f) => ({ method: 'POST', path: `/api/media/journalists/${await journalist(f)}/anonymize` }),
  },
  'GET /api/media/data-requests': get(DATA_REQUEST_READERS, () => '/api/media/data-requests?status=all'),
  'POST /api/media/journalists/{id}/data-requests': {
    allowed: MANAGERS,
    scope: 'global',
    ok: 201,
    build: async (f) => ({
      method: 'POST',
      path: `/api/media/journalists/${await journalist(f)}/data-requests`,
      body: { kind: 'access', channel: 'email' },
    }),
  },
  'POST /api/media/data-requests/{id}/resolve': {
    allowed: MANAGERS,
    scope: 'global',
    ok: 200,
    build: async (f) => {
      const request = await logJournalistRequest(system(f), await journalist(f), { kind: 'access', channel: 'letter' });
      return { method: 'POST', path: `/api/media/data-requests/${request.id}/resolve`, body: { status: 'done' } };
    },
  },
  'GET /api/media/digests': get('everyone', () => '/api/media/digests?limit=5'),
  'POST /api/media/digests': {
    allowed: WORKERS,
    scope: 'global',
    ok: 201,
    build: async () => ({ method: 'POST', path: '/api/media/digests', body: {} }),
  },
  'GET /api/media/digests/{id}': get('everyone', async (f) => `/api/media/digests/${await digest(f)}`),
  'GET /api/media/digests/{id}/export': get('everyone', async (f) => `/api/media/digests/${await digest(f)}/export?format=txt`),
  'GET /api/media/alerts': get('everyone', () => '/api/media/alerts?open=1'),
  'POST /api/media/alerts/{id}/acknowledge': {
    allowed: WORKERS,
    scope: 'global',
    ok: 200,
    build: async (f) => ({ method: 'POST', path: `/api/media/alerts/${await alert(f)}/acknowledge` }),
  },
  'GET /api/media/digest-subscriptions': get(MANAGERS, () => '/api/media/digest-subscriptions'),
  'PUT /api/media/digest-subscriptions': {
    allowed: MANAGERS,
    scope: 'global',
    ok: 200,
    build: async (f) => ({
      method: 'PUT',
      path: '/api/media/digest-subscriptions',
      body: { unitId: f.units.proposing, email: `humas${f.seq()}@uji.example` },
    }),
  },
  'GET /api/media/settings': get(BUREAU_ROLES, () => '/api/media/settings'),
  'PUT /api/media/settings': {
    allowed: MANAGERS,
    scope: 'global',
    ok: 200,
    build: async () => ({ method: 'PUT', path: '/api/media/settings', body: ZMediaSettings.parse({ publicFormMaxPerHour: 1000 }) }),
  },
};
