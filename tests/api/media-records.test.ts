import { eq, inArray } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaInterviewRequests, mediaJournalists } from '../../src/server/db/schema';
import { mediaRetentionJob } from '../../src/server/modules/media';
import { createTestApp, makeUnit, makeUser, type Session, type TestApp } from '../setup/test-app';

let t: TestApp;
let staf: Session;
let koordinator: Session;
let unitUser: Session;
let officeId: string;
let otherOfficeId: string;

beforeAll(async () => {
  t = await createTestApp();
  const humas = await makeUnit(t, { kind: 'group' });
  officeId = (await makeUnit(t, { kind: 'regional_office' })).id;
  otherOfficeId = (await makeUnit(t, { kind: 'regional_office' })).id;
  staf = (await makeUser(t, 'staf', humas.id)).session;
  koordinator = (await makeUser(t, 'koordinator', humas.id)).session;
  unitUser = (await makeUser(t, 'unit_pengusul', officeId)).session;
});
afterAll(() => t.close());

describe('press releases and clarifications', () => {
  it('counts per month and commodity, and refuses a number used twice', async () => {
    const release = (over: Record<string, unknown>) => ({
      kind: 'press_release',
      number: 'SP-2025-001',
      date: '2025-04-10',
      title: 'Badan POM Terbitkan Izin Edar',
      commodities: ['obat'],
      channels: ['website'],
      ...over,
    });
    expect((await t.request('/api/media/releases', { as: staf, body: release({}) })).status).toBe(201);
    expect(
      (await t.request('/api/media/releases', { as: staf, body: release({ number: 'SP-2025-002', commodities: ['obat', 'kosmetik'] }) }))
        .status,
    ).toBe(201);
    const pk = await t.request('/api/media/releases', {
      as: staf,
      body: release({ kind: 'clarification', number: 'SP-2025-001', date: '2025-06-02', commodities: ['pangan_olahan'] }),
    });
    expect(pk.status).toBe(201); // the same number in the other series is fine
    const twice = await t.request('/api/media/releases', { as: staf, body: release({}) });
    expect(twice.status).toBe(409);
    const bad = await t.request('/api/media/releases', { as: staf, body: release({ number: 'SP-9', commodities: ['rokok'] }) });
    expect(bad.status).toBe(400);
    const list = (await (await t.request('/api/media/releases?year=2025', { as: staf })).json()) as {
      items: { id: string }[];
      byMonth: { month: number; pressRelease: number; clarification: number }[];
      byCommodity: { commodity: string; pressRelease: number; clarification: number }[];
    };
    expect(list.items).toHaveLength(3);
    expect(list.byMonth[3]).toEqual({ month: 4, pressRelease: 2, clarification: 0 });
    expect(list.byMonth[5]).toEqual({ month: 6, pressRelease: 0, clarification: 1 });
    expect(list.byCommodity.find((c) => c.commodity === 'obat')).toEqual({ commodity: 'obat', pressRelease: 2, clarification: 0 });
    const del = await t.request(`/api/media/releases/${list.items[0]!.id}`, { as: staf, method: 'DELETE' });
    expect(del.status).toBe(204);
    expect((await t.request(`/api/media/releases/${list.items[0]!.id}`, { as: staf, method: 'DELETE' })).status).toBe(404);
  });
});

describe('coverage and actual news', () => {
  it('lets a unit request coverage of its own activities only, and see only its own', async () => {
    const body = (unitId: string) => ({ activityDate: '2025-05-05', activity: 'Pemusnahan barang bukti', unitId, location: 'out_of_city' });
    const mine = await t.request('/api/media/coverage', { as: unitUser, body: body(officeId) });
    expect(mine.status).toBe(201);
    expect((await t.request('/api/media/coverage', { as: unitUser, body: body(otherOfficeId) })).status).toBe(403);
    const theirs = await t.request('/api/media/coverage', { as: staf, body: body(otherOfficeId) });
    expect(theirs.status).toBe(201);
    const seen = (await (await t.request('/api/media/coverage?year=2025', { as: unitUser })).json()) as { items: { unitId: string }[] };
    expect(seen.items.map((i) => i.unitId)).toEqual([officeId]);

    const { id } = (await mine.json()) as { id: string };
    expect((await t.request(`/api/media/coverage/${id}`, { as: unitUser, method: 'PATCH', body: { status: 'covered' } })).status).toBe(403);
    const early = await t.request(`/api/media/coverage/${id}`, {
      as: staf,
      method: 'PATCH',
      body: { status: 'covered', newsTitle: 'Berita', newsPublishedDate: '2025-05-01' },
    });
    expect(early.status).toBe(400);
    const done = await t.request(`/api/media/coverage/${id}`, {
      as: staf,
      method: 'PATCH',
      body: {
        status: 'covered',
        newsTitle: 'BBPOM Musnahkan Barang Bukti',
        newsUrl: 'https://bpom.example/berita',
        newsPublishedDate: '2025-05-06',
      },
    });
    expect(done.status).toBe(200);
    const all = (await (await t.request('/api/media/coverage?year=2025', { as: staf })).json()) as {
      actualNews: number;
      byMonth: { month: number; actualNews: number }[];
    };
    expect(all.actualNews).toBe(1);
    expect(all.byMonth[4]).toEqual({ month: 5, actualNews: 1 });
  });
});

describe('media contacts and personal data', () => {
  it('records the legal basis and consent, exports a person, and erases them on request', async () => {
    const person = {
      name: 'Sari Jurnalis',
      email: 'sari@kabar.example',
      legalBasis: 'consent',
      purpose: 'Undangan peliputan dan survei kepuasan media',
      retentionUntil: '2028-12-31',
    };
    // Consent as the legal basis needs its moment and the notice version.
    expect((await t.request('/api/media/journalists', { as: staf, body: person })).status).toBe(400);
    const res = await t.request('/api/media/journalists', {
      as: staf,
      body: { ...person, consentAt: '2025-01-05T03:00:00Z', consentNoticeVersion: '2025-1' },
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const request = (journalistName: string, contactEmail: string, topic: string) =>
      t.request('/api/media/interviews', {
        as: staf,
        body: { outletName: 'Kabar', mediaType: 'online', journalistName, contactEmail, topic, channel: 'email', questions: 'Apa?' },
      });
    const hers = (await (await request('Sari Jurnalis', 'SARI@kabar.example', 'Uji')).json()) as { inContacts: boolean };
    // Someone else's request stays as it is when Sari's data is erased.
    const his = (await (await request('Tono Lain', 'tono@kabar.example', 'Lain')).json()) as { inContacts: boolean };
    // Hers came from the e-mail of her contact record, whatever its case: linked to it.
    expect([hers.inContacts, his.inContacts]).toEqual([true, false]);
    expect((await t.request(`/api/media/journalists/${id}/personal-data`, { as: staf })).status).toBe(403);
    const data = (await (await t.request(`/api/media/journalists/${id}/personal-data`, { as: koordinator })).json()) as {
      person: { email: string };
      requests: { topic: string }[];
      history: { action: string }[];
    };
    expect(data.person.email).toBe('sari@kabar.example');
    expect(data.requests.map((r) => r.topic)).toEqual(['Uji']);
    expect(data.history.map((h) => h.action)).toEqual(['create']);

    expect((await t.request(`/api/media/journalists/${id}/restrict`, { as: koordinator, body: { restricted: true } })).status).toBe(200);
    const erased = await t.request(`/api/media/journalists/${id}/anonymize`, { as: koordinator, body: {} });
    expect(((await erased.json()) as { name: string; email: string | null; anonymized: boolean }).anonymized).toBe(true);
    const [row] = await t.services.db.select().from(mediaJournalists).where(eq(mediaJournalists.id, id));
    expect(row).toMatchObject({ name: 'Anonim', email: null });
    // Her interview request lost her name, contact and questions with her record; its facts stay for IKK9.
    const requests = await t.services.db
      .select()
      .from(mediaInterviewRequests)
      .where(inArray(mediaInterviewRequests.topic, ['Uji', 'Lain']))
      .orderBy(mediaInterviewRequests.topic);
    expect(requests.map((r) => [r.topic, r.journalistName, r.contactEmail, r.questions, r.anonymizedAt !== null])).toEqual([
      ['Lain', 'Tono Lain', 'tono@kabar.example', 'Apa?', false],
      ['Uji', 'Anonim', null, null, true],
    ]);
    expect((await t.request(`/api/media/journalists/${id}/anonymize`, { as: koordinator, body: {} })).status).toBe(409);
    // Hidden from the contact list unless asked for.
    const listed = (await (await t.request('/api/media/journalists', { as: staf })).json()) as { items: { id: string }[] };
    expect(listed.items.map((i) => i.id)).not.toContain(id);
  });

  it('anonymizes what is past its retention, keeping what the indicators count', async () => {
    const res = await t.request('/api/media/journalists', {
      as: staf,
      body: { name: 'Lama', email: 'lama@x.example', legalBasis: 'legitimate_interest', purpose: 'Undangan', retentionUntil: '2024-12-31' },
    });
    const { id } = (await res.json()) as { id: string };
    const [request] = await t.services.db.select().from(mediaInterviewRequests).limit(1);
    await t.services.db
      .update(mediaInterviewRequests)
      .set({ retentionUntil: '2024-12-31' })
      .where(eq(mediaInterviewRequests.id, request!.id));
    await mediaRetentionJob.run({
      db: t.services.db,
      logger: pino({ level: 'silent' }),
      mailer: t.services.mailer,
      env: t.services.env,
      scheduledFor: new Date('2025-01-02T00:00:00Z'),
      attempt: 1,
      signal: new AbortController().signal,
    });
    const [person] = await t.services.db.select().from(mediaJournalists).where(eq(mediaJournalists.id, id));
    expect(person).toMatchObject({ name: 'Anonim', email: null });
    const [after] = await t.services.db.select().from(mediaInterviewRequests).where(eq(mediaInterviewRequests.id, request!.id));
    expect(after).toMatchObject({ journalistName: 'Anonim', contactEmail: null, topic: request!.topic, status: request!.status });
  });
});

describe('settings', () => {
  it('refuses times that are not HH:MM and keeps the old settings', async () => {
    const before = await (await t.request('/api/media/settings', { as: koordinator })).json();
    const res = await t.request('/api/media/settings', {
      as: koordinator,
      method: 'PUT',
      body: { ...(before as object), digestWorkingTimes: ['8 pagi'] },
    });
    expect(res.status).toBe(400);
    expect(await (await t.request('/api/media/settings', { as: koordinator })).json()).toEqual(before);
  });
});
