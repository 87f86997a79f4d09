import { eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications, user } from '../../src/server/db/schema';
import type { JobContext } from '../../src/server/platform/jobs';
import { emailPendingJob, notify } from '../../src/server/platform/notify';
import type { Mail } from '../../src/server/platform/notify/mailer';
import { createTestApp, makeUnit, makeUser, type Session, type TestApp } from '../setup/test-app';

let t: TestApp;
let siti: { id: string; email: string; session: Session };
let john: { id: string; email: string; session: Session };
let retired: { id: string };

interface List {
  items: { id: string; kind: string; title: string; body: string; link: string | null; read: boolean }[];
  unread: number;
}

const NOTICE = {
  kind: 'agreement.approved',
  title: { id: 'Perjanjian disetujui', en: 'Agreement approved' },
  body: { id: 'PKS dengan Universitas Padjadjaran disetujui Kepala Biro.', en: 'The agreement with Padjadjaran University was approved.' },
  link: '/kerja-sama/perjanjian/123',
};

beforeAll(async () => {
  t = await createTestApp();
  const unit = await makeUnit(t);
  const a = await makeUser(t, 'staf', unit.id);
  const b = await makeUser(t, 'koordinator', unit.id);
  const c = await makeUser(t, 'staf', unit.id);
  await t.services.db.update(user).set({ locale: 'en' }).where(eq(user.id, b.user.id));
  await t.services.db.update(user).set({ active: false }).where(eq(user.id, c.user.id));
  siti = { id: a.user.id, email: a.user.email, session: a.session };
  john = { id: b.user.id, email: b.user.email, session: b.session };
  retired = { id: c.user.id };
});
afterAll(() => t.close());

async function list(as: Session, query = '') {
  const res = await t.request(`/api/notifications${query}`, { as });
  expect(res.status).toBe(200);
  return (await res.json()) as List;
}

function jobContext(mailer: JobContext['mailer']): JobContext {
  return { ...t.services, mailer, scheduledFor: new Date(), attempt: 1, signal: new AbortController().signal };
}

describe('notify()', () => {
  it("writes one notification per active user, in each user's language", async () => {
    const written = await t.services.db.transaction((tx) => notify(tx, { ...NOTICE, userIds: [siti.id, john.id, siti.id, retired.id] }));
    expect(written).toBe(2);
    const mine = await list(siti.session);
    expect(mine.items[0]).toMatchObject({ kind: 'agreement.approved', title: 'Perjanjian disetujui', read: false, link: NOTICE.link });
    expect((await list(john.session)).items[0]!.title).toBe('Agreement approved');
  });

  it('tells no one when the change it belongs to is rolled back', async () => {
    const before = (await list(siti.session)).items.length;
    await expect(
      t.services.db.transaction(async (tx) => {
        await notify(tx, { ...NOTICE, userIds: [siti.id], title: 'Tidak jadi', body: '-' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect((await list(siti.session)).items).toHaveLength(before);
  });
});

describe('notification endpoints', () => {
  it("shows only one's own, marks read one by one or all, and hides another's as not found", async () => {
    await notify(t.services.db, { kind: 'reminder', title: 'Laporan triwulan', body: 'Batas 10 April.', userIds: [siti.id] });
    const before = await list(siti.session);
    expect(before.unread).toBe(before.items.length);
    expect(before.items.every((n) => !n.title.startsWith('Agreement'))).toBe(true);

    const first = before.items[0]!;
    expect((await t.request(`/api/notifications/${first.id}/read`, { as: john.session, method: 'POST' })).status).toBe(404);
    const read = await t.request(`/api/notifications/${first.id}/read`, { as: siti.session, method: 'POST' });
    expect(read.status).toBe(200);
    expect(((await read.json()) as { read: boolean }).read).toBe(true);
    const after = await list(siti.session);
    expect(after.unread).toBe(before.unread - 1);
    expect((await list(siti.session, '?unread=true')).items.map((n) => n.id)).not.toContain(first.id);

    const all = await t.request('/api/notifications/read-all', { as: siti.session, method: 'POST' });
    expect(((await all.json()) as { updated: number }).updated).toBe(after.unread);
    expect((await list(siti.session)).unread).toBe(0);
    expect((await list(john.session)).unread).toBe(1); // John's own stay unread

    expect((await t.request('/api/notifications')).status).toBe(401);
    expect((await t.request('/api/notifications?limit=1000', { as: siti.session })).status).toBe(400);
    expect((await t.request(`/api/notifications/${crypto.randomUUID()}/read`, { as: siti.session, method: 'POST' })).status).toBe(404);
  });
});

describe('notify.email-pending', () => {
  it('e-mails each user their unread notifications once, in their language, with absolute links', async () => {
    await notify(t.services.db, { ...NOTICE, userIds: [siti.id, john.id] });
    await notify(t.services.db, { kind: 'reminder', title: 'Pengingat', body: 'Isi realisasi.', userIds: [siti.id] });
    const sent: Mail[] = [];
    await emailPendingJob.run(jobContext({ send: async (mail) => void sent.push(mail) }));

    expect(sent.map((m) => m.to).sort()).toEqual([siti.email, john.email].sort());
    const toSiti = sent.find((m) => m.to === siti.email)!;
    expect(toSiti.subject).toBe('Simpul: 2 pemberitahuan baru'); // the ones read earlier are not sent
    expect(toSiti.text).toContain('Perjanjian disetujui');
    expect(toSiti.text).toContain('http://localhost:3000/kerja-sama/perjanjian/123');
    const toJohn = sent.find((m) => m.to === john.email)!;
    expect(toJohn.subject).toBe('Simpul: 2 new notifications');

    const pending = await t.services.db.select().from(notifications).where(isNull(notifications.emailedAt));
    expect(pending.every((n) => n.readAt !== null || n.userId === retired.id)).toBe(true);
    sent.length = 0;
    await emailPendingJob.run(jobContext({ send: async (mail) => void sent.push(mail) }));
    expect(sent).toHaveLength(0);
  });

  it("keeps a user's notifications pending when their mail fails, and fails the run so it is seen", async () => {
    await notify(t.services.db, { kind: 'reminder', title: 'Satu', body: 'x', userIds: [siti.id, john.id] });
    const sent: Mail[] = [];
    const flaky = {
      async send(mail: Mail) {
        if (mail.to === john.email) throw new Error('mailbox unavailable');
        sent.push(mail);
      },
    };
    await expect(emailPendingJob.run(jobContext(flaky))).rejects.toThrow('1 of 2 notification e-mails could not be sent');
    expect(sent.map((m) => m.to)).toEqual([siti.email]);
    const johnPending = await t.services.db.select().from(notifications).where(eq(notifications.userId, john.id));
    expect(johnPending.filter((n) => n.emailedAt === null && n.readAt === null)).toHaveLength(1);

    await emailPendingJob.run(jobContext({ send: async (mail) => void sent.push(mail) }));
    expect(sent.map((m) => m.to)).toEqual([siti.email, john.email]);
  });
});
