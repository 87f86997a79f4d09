import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/server/db/schema';
import type { TDataRequest } from '../../src/shared/personal-data';
import { createTestApp, makeUnit, makeUser, type Session, type TestApp } from '../setup/test-app';

/** A journalist's requests about their data (UU 27/2022): logged with a 3 × 24-hour deadline, closed only when true. */
let t: TestApp;
let staf: Session;
let koordinator: Session;
let auditor: Session;
let unitUser: Session;

const HOUR = 3_600_000;
const hoursAgo = (h: number) => new Date(Date.now() - h * HOUR).toISOString();

async function journalist(name: string): Promise<string> {
  const res = await t.request('/api/media/journalists', {
    as: staf,
    body: {
      name,
      email: `${name.toLowerCase()}@kabar.example`,
      legalBasis: 'public_task',
      purpose: 'Undangan',
      retentionUntil: '2030-12-31',
    },
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

const log = (id: string, body: unknown, as = koordinator) => t.request(`/api/media/journalists/${id}/data-requests`, { as, body });
const resolve = (id: string, body: unknown, as = koordinator) => t.request(`/api/media/data-requests/${id}/resolve`, { as, body });
async function list(query: string, as = koordinator): Promise<TDataRequest[]> {
  const res = await t.request(`/api/media/data-requests${query}`, { as });
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: TDataRequest[] }).items;
}

beforeAll(async () => {
  t = await createTestApp();
  const humas = await makeUnit(t, { kind: 'group' });
  staf = (await makeUser(t, 'staf', humas.id)).session;
  koordinator = (await makeUser(t, 'koordinator', humas.id)).session;
  auditor = (await makeUser(t, 'auditor', null)).session;
  unitUser = (await makeUser(t, 'unit_pengusul', (await makeUnit(t)).id)).session;
});
afterAll(() => t.close());

describe("journalists' personal-data requests", () => {
  it('fixes each deadline at receipt + 72 hours and lists the open ones by deadline, late ones marked', async () => {
    const sari = await journalist('Sari');
    const erasure = await log(sari, { kind: 'erasure', channel: 'email', receivedAt: hoursAgo(10), details: 'Minta dihapus' });
    expect(erasure.status).toBe(201);
    const created = (await erasure.json()) as TDataRequest;
    expect(new Date(created.dueAt).getTime() - new Date(created.receivedAt).getTime()).toBe(72 * HOUR);
    expect(created).toMatchObject({ subjectName: 'Sari', status: 'open', late: false });

    // Logged late, four days after it arrived: already past its deadline.
    const access = (await (await log(sari, { kind: 'access', channel: 'letter', receivedAt: hoursAgo(96) })).json()) as TDataRequest;
    expect(access.late).toBe(true);
    const open = await list(`?journalistId=${sari}`);
    expect(open.map((r) => [r.kind, r.late])).toEqual([
      ['access', true],
      ['erasure', false],
    ]);
    expect(await list(`?status=closed&journalistId=${sari}`)).toEqual([]);
  });

  it('refuses a time received in the future, an unknown kind, and a request for an erased person', async () => {
    const id = await journalist('Tono');
    const future = await log(id, { kind: 'access', channel: 'email', receivedAt: new Date(Date.now() + 2 * HOUR).toISOString() });
    expect(future.status).toBe(400);
    expect(JSON.stringify(await future.json())).toContain('receivedAt');
    expect((await log(id, { kind: 'forget_me', channel: 'email' })).status).toBe(400);
    expect((await log('00000000-0000-4000-8000-000000000000', { kind: 'access', channel: 'email' })).status).toBe(404);
    expect((await t.request(`/api/media/journalists/${id}/anonymize`, { as: koordinator, body: {} })).status).toBe(200);
    expect((await log(id, { kind: 'access', channel: 'email' })).status).toBe(409);
    expect(await list(`?status=all&journalistId=${id}`)).toEqual([]);
  });

  it('closes an erasure as done only once the record is anonymized, and a refusal only with its reason', async () => {
    const id = await journalist('Rina');
    const erasure = (await (await log(id, { kind: 'erasure', channel: 'phone' })).json()) as TDataRequest;
    const tooSoon = await resolve(erasure.id, { status: 'done' });
    expect(tooSoon.status).toBe(400);
    expect(((await tooSoon.json()) as { error: { fields: { path: string; message: string }[] } }).error.fields).toEqual([
      { path: 'status', message: 'Data orang ini belum dianonimkan: anonimkan dulu, lalu tandai selesai' },
    ]);
    const inEnglish = (await (await resolve(erasure.id, { status: 'done' }, { ...koordinator, lang: 'en' })).json()) as {
      error: { fields: { message: string }[] };
    };
    expect(inEnglish.error.fields[0]!.message).toBe('The record is not anonymized yet: anonymize it first, then mark this done');
    expect((await t.request(`/api/media/journalists/${id}/anonymize`, { as: koordinator, body: {} })).status).toBe(200);
    const done = await resolve(erasure.id, { status: 'done', resolution: 'Dianonimkan' });
    expect(done.status).toBe(200);
    expect((await done.json()) as TDataRequest).toMatchObject({
      status: 'done',
      subjectName: 'Anonim',
      late: false,
      resolution: 'Dianonimkan',
    });
    expect((await resolve(erasure.id, { status: 'refused', resolution: 'x' })).status).toBe(409);

    const other = await journalist('Dedi');
    const restriction = (await (await log(other, { kind: 'restriction', channel: 'email' })).json()) as TDataRequest;
    expect((await resolve(restriction.id, { status: 'done' })).status).toBe(400);
    expect((await resolve(restriction.id, { status: 'refused' })).status).toBe(400);
    const refused = await resolve(restriction.id, { status: 'refused', resolution: 'Data diperlukan untuk tugas pelayanan publik' });
    expect(refused.status).toBe(200);
    const [closed] = await list(`?status=closed&journalistId=${other}`);
    expect(closed).toMatchObject({ status: 'refused', resolution: 'Data diperlukan untuk tugas pelayanan publik' });
    expect(closed!.resolvedBy).toMatch(/^Pengguna/);

    const trail = await t.services.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'personal_data_request'), eq(auditLog.entityId, restriction.id)));
    expect(trail.map((e) => e.action).sort()).toEqual(['create', 'transition']);
  });

  it('lets the coordinator act, auditors read the log, and no one else either', async () => {
    const id = await journalist('Wati');
    expect((await log(id, { kind: 'access', channel: 'email' }, staf)).status).toBe(403);
    expect((await log(id, { kind: 'access', channel: 'email' }, auditor)).status).toBe(403);
    const made = (await (await log(id, { kind: 'access', channel: 'email' })).json()) as TDataRequest;
    expect((await list('', auditor)).map((r) => r.id)).toContain(made.id);
    expect((await resolve(made.id, { status: 'done' }, auditor)).status).toBe(403);
    expect((await t.request('/api/media/data-requests', { as: staf })).status).toBe(403);
    expect((await t.request('/api/media/data-requests', { as: unitUser })).status).toBe(403);
  });
});
