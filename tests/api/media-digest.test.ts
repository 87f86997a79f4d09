import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaAlerts, mediaDigests } from '../../src/server/db/schema';
import { digestJob } from '../../src/server/modules/media';
import { findConverter } from '../../src/server/modules/media/digest/pdf';
import { dueSlot } from '../../src/server/modules/media/digest/schedule';
import { detectSpikes, threshold } from '../../src/server/modules/media/digest/spikes';
import { insertNews } from '../../src/server/modules/media/news/insert';
import { ZMediaSettings } from '../../src/shared/media';
import { WorkingCalendar } from '../../src/server/platform/calendar/working-days';
import type { Mail } from '../../src/server/platform/notify/mailer';
import { createTestApp, makeUnit, makeUser, type Session, type TestApp } from '../setup/test-app';

let t: TestApp;
let staf: Session;
let unitUser: Session;
let koordinator: Session;
let officeId: string;
const sent: Mail[] = [];

beforeAll(async () => {
  t = await createTestApp();
  // The digest is titled with the agency's code, as the organisation is set up (not a name built in).
  await makeUnit(t, { kind: 'agency', code: 'BPUJI' });
  const humas = await makeUnit(t, { kind: 'group' });
  officeId = (await makeUnit(t, { kind: 'regional_office' })).id;
  staf = (await makeUser(t, 'staf', humas.id)).session;
  koordinator = (await makeUser(t, 'koordinator', humas.id)).session;
  unitUser = (await makeUser(t, 'unit_pengusul', officeId)).session;
  t.services.mailer.send = async (mail) => {
    sent.push(mail);
  };
});
afterAll(() => t.close());

const settings = ZMediaSettings.parse({});
const jakarta = (iso: string) => new Date(`${iso}+07:00`);

describe('the digest schedule', () => {
  const calendar = new WorkingCalendar(['2025-08-18']); // a holiday on a Monday
  it('runs twice on working days and once on weekends and holidays, at the configured times', () => {
    expect(dueSlot(jakarta('2025-08-20T07:59:00'), settings, calendar)?.at).toEqual(jakarta('2025-08-19T15:00:00'));
    expect(dueSlot(jakarta('2025-08-20T09:00:00'), settings, calendar)).toEqual({ at: jakarta('2025-08-20T08:00:00'), kind: 'working' });
    expect(dueSlot(jakarta('2025-08-20T16:00:00'), settings, calendar)?.at).toEqual(jakarta('2025-08-20T15:00:00'));
    // Saturday, and the Monday holiday: one digest, at 08:00.
    expect(dueSlot(jakarta('2025-08-16T16:00:00'), settings, calendar)).toEqual({
      at: jakarta('2025-08-16T08:00:00'),
      kind: 'non_working',
    });
    expect(dueSlot(jakarta('2025-08-18T20:00:00'), settings, calendar)).toEqual({
      at: jakarta('2025-08-18T08:00:00'),
      kind: 'non_working',
    });
    const custom = ZMediaSettings.parse({ digestWorkingTimes: ['07:30', '12:00', '17:30'], digestNonWorkingTimes: ['10:00'] });
    expect(dueSlot(jakarta('2025-08-20T13:00:00'), custom, calendar)?.at).toEqual(jakarta('2025-08-20T12:00:00'));
  });
});

describe('early warning', () => {
  it('computes the threshold from the previous 14 days, with a floor for flat and sparse series', () => {
    expect(threshold(Array(14).fill(0), 'issue').threshold).toBe(5);
    expect(threshold(Array(14).fill(10), 'issue').threshold).toBe(20); // σ = 0: 2μ; μ + 3√μ = 19,5
    expect(threshold(Array(14).fill(0), 'negative').threshold).toBe(3);
  });

  it('raises an alert for a spiking issue and for negative tone, and the digest carries them with the negatives first', async () => {
    const drafts = [];
    // Two weeks of a quiet issue (one item a day), then twelve items in a day, four of them negative.
    for (let d = 1; d <= 14; d++) {
      drafts.push({
        publishedAt: jakarta(`2025-08-${String(d).padStart(2, '0')}T10:00:00`),
        title: `Pangan jajanan sekolah hari ${d}`,
        outletName: 'Kabar Uji',
        mediaType: 'online' as const,
        issues: ['Jajanan'],
        tone: 'neutral' as const,
      });
    }
    for (let i = 0; i < 12; i++) {
      drafts.push({
        publishedAt: jakarta(`2025-08-15T${String(6 + i).padStart(2, '0')}:30:00`),
        title: `Keracunan jajanan di sekolah nomor ${i}`,
        outletName: `Media ${i}`,
        mediaType: (i === 0 ? 'tv' : 'online') as 'tv' | 'online',
        issues: ['Jajanan'],
        tone: (i < 4 ? 'negative' : 'neutral') as 'negative' | 'neutral',
        url: `https://media${i}.example/jajanan`,
      });
    }
    // Each item recorded ten minutes after it appeared, as monitoring would.
    for (const draft of drafts) {
      await insertNews(t.services.db, [draft], {
        source: 'manual',
        actorId: null,
        toneOrigin: 'staff',
        now: new Date(draft.publishedAt.getTime() + 600_000),
      });
    }
    const spikes = await detectSpikes(t.services.db, '2025-08-01', '2025-08-15');
    expect(spikes.map((s) => [s.date, s.kind, s.subject, s.count])).toEqual([
      ['2025-08-15', 'issue', 'Jajanan', 12],
      ['2025-08-15', 'negative', '', 4],
    ]);

    await digestJob.run({
      db: t.services.db,
      mailer: t.services.mailer,
      logger: pino({ level: 'silent' }),
      env: t.services.env,
      scheduledFor: jakarta('2025-08-15T08:05:00'),
      attempt: 1,
      signal: new AbortController().signal,
    });
    const [digest] = await t.services.db
      .select()
      .from(mediaDigests)
      .where(eq(mediaDigests.slot, jakarta('2025-08-15T08:00:00')));
    const content = digest!.content as {
      total: number;
      negative: { title: string }[];
      alerts: { subject: string }[];
      byMediaGroup: { electronic: number };
    };
    expect(digest!.kind).toBe('working');
    // The first digest looks back a day: the previous morning's item and the two before 08:00.
    expect(content.total).toBe(3);
    expect(content.negative).toHaveLength(2);
    expect(content.byMediaGroup.electronic).toBe(1);
    expect(content.alerts.map((a) => a.subject).sort()).toEqual(['', 'Jajanan']);
    const alerts = await t.services.db.select().from(mediaAlerts);
    expect(alerts).toHaveLength(2);
    expect(sent).toHaveLength(0); // no subscriber yet

    // The same moment again makes nothing new; the afternoon's digest starts where the morning's ended.
    const run = (at: string) =>
      digestJob.run({
        db: t.services.db,
        mailer: t.services.mailer,
        logger: pino({ level: 'silent' }),
        env: t.services.env,
        scheduledFor: jakarta(at),
        attempt: 1,
        signal: new AbortController().signal,
      });
    await run('2025-08-15T08:10:00');
    expect(await t.services.db.select().from(mediaDigests)).toHaveLength(1);
    expect(
      (
        await t.request('/api/media/digest-subscriptions', {
          as: koordinator,
          method: 'PUT',
          body: { unitId: officeId, email: 'Humas.Balai@uji.example' },
        })
      ).status,
    ).toBe(200);
    await run('2025-08-15T15:00:00');
    const digests = await t.services.db.select().from(mediaDigests);
    expect(digests).toHaveLength(2);
    const afternoon = digests.find((d) => d.slot.getTime() === jakarta('2025-08-15T15:00:00').getTime())!;
    expect(afternoon.windowFrom).toEqual(jakarta('2025-08-15T08:00:00'));
    expect((afternoon.content as { total: number }).total).toBe(7);
    expect(sent.map((m) => m.to)).toEqual(['humas.balai@uji.example']);
    expect(sent[0]!.attachments![0]!.filename).toMatch(/\.docx$/);
  });
});

describe('reading and exporting a digest', () => {
  it('shows it to the bureau and the units, as text for WhatsApp, Word and PDF', async () => {
    const list = await t.request('/api/media/digests', { as: unitUser });
    expect(list.status).toBe(200);
    const { items } = (await list.json()) as { items: { id: string; slot: string }[] };
    const morning = items.find((i) => i.slot === jakarta('2025-08-15T08:00:00').toISOString())!;
    const text = await (await t.request(`/api/media/digests/${morning.id}/export?format=txt`, { as: unitUser })).text();
    expect(text.split('\n')[0]).toBe('*Ringkasan Pemantauan Berita BPUJI*');
    expect(text).toContain('Peringatan dini');
    expect(text.indexOf('Berita negatif')).toBeLessThan(text.indexOf('Berita terbaru'));
    expect(text).toContain('https://media0.example/jajanan');
    const english = await (
      await t.request(`/api/media/digests/${morning.id}/export?format=txt`, { as: { ...unitUser, lang: 'en' } })
    ).text();
    expect(english.split('\n')[0]).toBe('*News Monitoring Digest BPUJI*');
    const docx = await t.request(`/api/media/digests/${morning.id}/export?format=docx`, { as: unitUser });
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    expect(new Uint8Array(await docx.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    const pdf = await t.request(`/api/media/digests/${morning.id}/export?format=pdf`, { as: unitUser });
    if (findConverter()) {
      expect(pdf.status).toBe(200);
      expect(new TextDecoder().decode(new Uint8Array(await pdf.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
    } else {
      expect(pdf.status).toBe(503);
      expect(((await pdf.json()) as { error: { message: string } }).error.message).toContain('LibreOffice');
    }
    expect((await t.request(`/api/media/digests/${morning.id}/export?format=html`, { as: unitUser })).status).toBe(400);
  }, 120_000);

  it('lets staff make one now and acknowledge an alert; units only read', async () => {
    expect((await t.request('/api/media/digests', { as: unitUser, body: {} })).status).toBe(403);
    const made = await t.request('/api/media/digests', { as: staf, body: {} });
    expect(made.status).toBe(201);
    const alerts = (await (await t.request('/api/media/alerts?open=1', { as: unitUser })).json()) as { items: { id: string }[] };
    expect(alerts.items).toHaveLength(2);
    expect((await t.request(`/api/media/alerts/${alerts.items[0]!.id}/acknowledge`, { as: staf, body: {} })).status).toBe(200);
    const open = (await (await t.request('/api/media/alerts?open=1', { as: staf })).json()) as { items: unknown[] };
    expect(open.items).toHaveLength(1);
  });
});

describe('early warning of a day already past', () => {
  it('raises the alert of yesterday when its negative items are labelled the next morning', async () => {
    // Two quiet weeks, then five items on 10 October that are only labelled negative on the 11th at 07:00.
    for (let d = 1; d <= 14; d++) {
      const publishedAt = jakarta(`2025-09-${String(16 + (d % 14)).padStart(2, '0')}T10:00:00`);
      await insertNews(
        t.services.db,
        [{ publishedAt, title: `Kosmetik bermerkuri hari ${d}`, outletName: 'Kabar Uji', mediaType: 'online', tone: 'neutral' }],
        { source: 'manual', actorId: null, toneOrigin: 'staff', now: publishedAt },
      );
    }
    const late = jakarta('2025-10-11T07:00:00');
    for (let i = 0; i < 5; i++) {
      await insertNews(
        t.services.db,
        [
          {
            publishedAt: jakarta(`2025-10-10T${String(9 + i).padStart(2, '0')}:00:00`),
            title: `Warga keluhkan kosmetik bermerkuri lolos pengawasan nomor ${i}`,
            outletName: `Media Kosmetik ${i}`,
            mediaType: 'online',
            tone: 'negative',
          },
        ],
        { source: 'manual', actorId: null, toneOrigin: 'staff', now: late },
      );
    }
    const before = await t.services.db.select().from(mediaAlerts).where(eq(mediaAlerts.date, '2025-10-10'));
    expect(before).toHaveLength(0);
    // The job's run the next morning looks at yesterday as well as today.
    await digestJob.run({
      db: t.services.db,
      mailer: t.services.mailer,
      logger: pino({ level: 'silent' }),
      env: t.services.env,
      scheduledFor: jakarta('2025-10-11T07:05:00'),
      attempt: 1,
      signal: new AbortController().signal,
    });
    const raised = await t.services.db.select().from(mediaAlerts).where(eq(mediaAlerts.date, '2025-10-10'));
    expect(raised.map((a) => [a.kind, a.count])).toEqual([['negative', 5]]);
  });
});
