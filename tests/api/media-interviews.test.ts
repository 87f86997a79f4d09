import { createHmac } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaInterviewRequests, mediaPublicThrottle, notifications, settings as settingsTable } from '../../src/server/db/schema';
import { MEASURES } from '../../src/server/modules/measures';
import { periodOf } from '../../src/server/modules/performance';
import { createTestApp, makeUnit, makeUser, type Session, type TestApp } from '../setup/test-app';

let t: TestApp;
let staf: Session;
let koordinator: Session;
let auditor: Session;
let stafId: string;
let auditorId: string;

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; message: string }[] };
}

beforeAll(async () => {
  // Behind a trusted proxy, so each test can come from an address of its own.
  t = await createTestApp({ env: { SIMPUL_TRUST_PROXY: '1' } });
  const humas = await makeUnit(t, { kind: 'group' });
  const s = await makeUser(t, 'staf', humas.id);
  staf = s.session;
  stafId = s.user.id;
  koordinator = (await makeUser(t, 'koordinator', humas.id)).session;
  const a = await makeUser(t, 'auditor', humas.id);
  auditor = a.session;
  auditorId = a.user.id;
});
afterAll(() => t.close());

const year = Number(new Date().toISOString().slice(0, 4));
let address = 0;
const from = () => ({ 'x-forwarded-for': `203.0.113.${++address}` });

const request = (over: Record<string, unknown> = {}) => ({
  outletName: 'Kabar Sepekan Uji',
  mediaType: 'online',
  journalistName: 'Rina Wartawati',
  contactEmail: 'rina@kabar.example',
  topic: 'Pengawasan takjil selama Ramadan',
  questions: 'Berapa sampel takjil yang diuji tahun ini?',
  consent: true,
  noticeVersion: '2026-1',
  ...over,
});

async function storedCount() {
  const [row] = await t.services.db.select({ n: count() }).from(mediaInterviewRequests);
  return row!.n;
}

async function ikk9() {
  return MEASURES.get('media.interview_followup_pct')!.compute(t.services.db, periodOf(year, 0), {});
}

describe('the public form', () => {
  it('takes a request without an account, acknowledges it with a tracking code, and shows its status', async () => {
    const info = await t.request('/api/public/interview-requests/form');
    expect(await info.json()).toEqual({ noticeVersion: '2026-1', maxPerHour: 5 });
    const res = await t.request('/api/public/interview-requests', { body: request(), headers: from() });
    expect(res.status).toBe(201);
    const ack = (await res.json()) as { number: string; trackingCode: string };
    expect(ack.number).toMatch(new RegExp(`^WAW-${year}-\\d{4}$`));
    expect(ack.trackingCode).toMatch(/^([0-9A-Z]{4}-){6}[0-9A-Z]{4}$/);
    const [row] = await t.services.db.select().from(mediaInterviewRequests).where(eq(mediaInterviewRequests.number, ack.number));
    expect(row).toMatchObject({ channel: 'public_form', status: 'received', consentNoticeVersion: '2026-1' });
    expect(row!.consentAt).toBeTruthy();
    // The coordinator is told.
    const [told] = await t.services.db.select({ n: count() }).from(notifications).where(eq(notifications.kind, 'media.interview.received'));
    expect(told!.n).toBeGreaterThan(0);

    // Followed by its code, typed in lower case without dashes; the answer holds no personal data.
    const typed = ack.trackingCode.replaceAll('-', '').toLowerCase();
    const status = await t.request(`/api/public/interview-requests/${typed}`);
    expect(status.status).toBe(200);
    const body = (await status.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ number: ack.number, status: 'received', outcome: null });
    expect(JSON.stringify(body)).not.toContain('rina@kabar.example');
    expect(JSON.stringify(body)).not.toContain('Rina');
    expect((await t.request('/api/public/interview-requests/0000-0000-0000-0000-0000-0000-0000')).status).toBe(404);
    expect((await t.request('/api/public/interview-requests/bukan-kode')).status).toBe(404);
  });

  it('stores script as plain text and gives it back as data, never as markup', async () => {
    const script = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const res = await t.request('/api/public/interview-requests', { body: request({ topic: script }), headers: from() });
    const { trackingCode } = (await res.json()) as { trackingCode: string };
    const [row] = await t.services.db.select().from(mediaInterviewRequests).where(eq(mediaInterviewRequests.trackingCode, trackingCode));
    expect(row!.topic).toBe(script);
    const status = await t.request(`/api/public/interview-requests/${trackingCode}`);
    expect(status.headers.get('content-type')).toContain('application/json');
    expect(status.headers.get('x-content-type-options')).toBe('nosniff');
    expect(((await status.json()) as { topic: string }).topic).toBe(script);
  });

  it('refuses oversized fields, missing consent and a stale notice, and stores nothing', async () => {
    const before = await storedCount();
    const cases: Record<string, unknown>[] = [
      request({ topic: 'x'.repeat(301) }),
      request({ questions: 'x'.repeat(5001) }),
      request({ journalistName: 'x'.repeat(201) }),
      request({ contactEmail: 'bukan-surel' }),
      request({ consent: false }),
      request({ consent: undefined }),
      request({ noticeVersion: '2019-1' }),
      request({ mediaType: 'majalah' }),
      { ...request(), status: 'fulfilled' },
    ];
    for (const body of cases) {
      const res = await t.request('/api/public/interview-requests', { body, headers: from() });
      expect(res.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect(((await res.json()) as ErrorBody).error.fields?.length).toBeGreaterThan(0);
    }
    const huge = await t.request('/api/public/interview-requests', {
      body: request({ questions: 'x'.repeat(1_100_000) }),
      headers: from(),
    });
    expect(huge.status).toBe(413);
    expect(await storedCount()).toBe(before);
  });

  it('answers a filled honeypot like any request but stores nothing', async () => {
    const before = await storedCount();
    const res = await t.request('/api/public/interview-requests', { body: request({ website: 'http://spam.example' }), headers: from() });
    expect(res.status).toBe(201);
    const { trackingCode } = (await res.json()) as { trackingCode: string };
    expect(await storedCount()).toBe(before);
    expect((await t.request(`/api/public/interview-requests/${trackingCode}`)).status).toBe(404);
  });

  it('refuses more than the configured number of requests per address and hour', async () => {
    const settings = (await (await t.request('/api/media/settings', { as: koordinator })).json()) as Record<string, unknown>;
    expect(
      (await t.request('/api/media/settings', { as: koordinator, method: 'PUT', body: { ...settings, publicFormMaxPerHour: 3 } })).status,
    ).toBe(200);
    const one = { 'x-forwarded-for': '198.51.100.7' };
    for (let i = 0; i < 3; i++) {
      expect((await t.request('/api/public/interview-requests', { body: request(), headers: one })).status).toBe(201);
    }
    const before = await storedCount();
    const refused = await t.request('/api/public/interview-requests', { body: request(), headers: one });
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as ErrorBody).error.code).toBe('THROTTLED');
    expect(await storedCount()).toBe(before);
    // Another address is not held back.
    expect((await t.request('/api/public/interview-requests', { body: request(), headers: from() })).status).toBe(201);
    // The counters hold a keyed hash of the address: made with this installation's own key, never the address.
    const key = (await t.services.db.select().from(settingsTable).where(eq(settingsTable.key, 'addressHashKey')))[0]!.value as string;
    const hashed = `form:${createHmac('sha256', key).update('198.51.100.7').digest('hex').slice(0, 40)}`;
    const counters = await t.services.db.select().from(mediaPublicThrottle);
    expect(counters.map((c) => c.key)).toContain(hashed);
    expect(counters.some((c) => c.key.includes('198.51.100.7'))).toBe(false);
    // A counter whose hour has passed goes at the next submission, from any address.
    await t.services.db
      .update(mediaPublicThrottle)
      .set({ windowStartedAt: new Date(Date.now() - 2 * 3_600_000) })
      .where(eq(mediaPublicThrottle.key, hashed));
    expect((await t.request('/api/public/interview-requests', { body: request(), headers: from() })).status).toBe(201);
    expect(await t.services.db.select().from(mediaPublicThrottle).where(eq(mediaPublicThrottle.key, hashed))).toHaveLength(0);
    // Only the coordinator or an admin sets the limit.
    expect(
      (await t.request('/api/media/settings', { as: staf, method: 'PUT', body: { ...settings, publicFormMaxPerHour: 99 } })).status,
    ).toBe(403);
  });
});

describe('the staff workflow', () => {
  it('triages, assigns and records the outcome, with the response time, and IKK9 moves', async () => {
    const res = await t.request('/api/media/interviews', {
      as: staf,
      body: { outletName: 'Nusa TV Uji', mediaType: 'tv', journalistName: 'Budi', topic: 'Vaksin anak', channel: 'whatsapp' },
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: string; status: string };
    const before = await ikk9();

    expect((await t.request(`/api/media/interviews/${created.id}/triage`, { as: staf, body: { priority: 'urgent' } })).status).toBe(403);
    expect((await t.request(`/api/media/interviews/${created.id}/triage`, { as: koordinator, body: { priority: 'urgent' } })).status).toBe(
      200,
    );
    const wrongPerson = await t.request(`/api/media/interviews/${created.id}/assign`, {
      as: koordinator,
      body: { assignedTo: auditorId, spokesperson: 'Kepala BPOM' },
    });
    expect(wrongPerson.status).toBe(400);
    const assigned = await t.request(`/api/media/interviews/${created.id}/assign`, {
      as: koordinator,
      body: { assignedTo: stafId, spokesperson: 'Kepala BPOM' },
    });
    expect(((await assigned.json()) as { status: string }).status).toBe('assigned');

    const outcome = (body: unknown) => t.request(`/api/media/interviews/${created.id}/outcome`, { as: staf, body });
    expect((await outcome({ outcome: 'declined' })).status).toBe(400);
    expect((await outcome({ outcome: 'declined', declineReason: 'already_answered' })).status).toBe(400);
    expect((await outcome({ outcome: 'direct', declineReason: 'other' })).status).toBe(400);
    expect((await outcome({ outcome: 'written', respondedAt: '2001-01-01T00:00:00Z' })).status).toBe(400);
    const done = await outcome({ outcome: 'written', note: 'Jawaban tertulis dikirim lewat surel.' });
    expect(done.status).toBe(200);
    const item = (await done.json()) as { status: string; responseHours: number; responseWorkingDays: number };
    expect(item.status).toBe('fulfilled');
    expect(item.responseHours).toBeGreaterThanOrEqual(0);
    expect(item.responseWorkingDays).toBeGreaterThanOrEqual(0);
    expect((await outcome({ outcome: 'direct' })).status).toBe(409);

    const after = await ikk9();
    expect(after.numerator).toBe(before.numerator! + 1);
    expect(after.denominator).toBe(before.denominator);
    const summary = (await (await t.request(`/api/media/interviews/summary?year=${year}`, { as: auditor })).json()) as {
      received: number;
      fulfilled: number;
      byOutcome: { written: number };
    };
    expect(summary).toMatchObject({ received: after.denominator, fulfilled: after.numerator, byOutcome: { written: 1 } });
  });

  it('keeps an auditor to reading', async () => {
    const list = await t.request('/api/media/interviews?status=received', { as: auditor });
    expect(list.status).toBe(200);
    const { items } = (await list.json()) as { items: { id: string }[] };
    expect(items.length).toBeGreaterThan(0);
    expect((await t.request(`/api/media/interviews/${items[0]!.id}/outcome`, { as: auditor, body: { outcome: 'direct' } })).status).toBe(
      403,
    );
  });
});
