import { desc, eq, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Db } from '../../../db/types';
import { defineJob } from '../../../platform/jobs/types';
import type { Mailer } from '../../../platform/notify/mailer';
import { agencyCode, loadWorkingCalendar } from '../../org';
import { addDays, jakartaDate } from '../normalize';
import { mediaDigestSubscriptions, mediaDigests } from '../schema';
import { getMediaSettings } from '../settings';
import { digestContent } from './content';
import { digestDocx } from './docx';
import { dueSlot } from './schedule';
import { detectSpikes, recordAlerts } from './spikes';
import { digestText } from './text';

/** A first digest (no earlier one) looks back one day. */
const FIRST_WINDOW_MS = 86_400_000;

export type Digest = typeof mediaDigests.$inferSelect;

/**
 * Makes the digest of one moment: the early-warning check of the day and the day before first (so
 * a spike is in the digest), then the window since the last digest. A moment already digested is left as it is
 * (another process made it, or this one before a restart): the unique slot decides.
 */
export async function createDigest(db: Db, options: { slot: Date; kind: 'working' | 'non_working' | 'manual'; actorId?: string | null }) {
  const [made] = await db.select({ id: mediaDigests.id }).from(mediaDigests).where(eq(mediaDigests.slot, options.slot));
  if (made) return null;
  const day = jakartaDate(options.slot);
  await recordAlerts(db, await detectSpikes(db, addDays(day, -1), day));
  const [last] = await db
    .select({ windowTo: mediaDigests.windowTo })
    .from(mediaDigests)
    .where(sql`${mediaDigests.windowTo} <= ${options.slot}`)
    .orderBy(desc(mediaDigests.windowTo))
    .limit(1);
  const from = last?.windowTo ?? new Date(options.slot.getTime() - FIRST_WINDOW_MS);
  const content = await digestContent(db, from, options.slot);
  const [row] = await db
    .insert(mediaDigests)
    .values({
      id: crypto.randomUUID(),
      slot: options.slot,
      kind: options.kind,
      windowFrom: from,
      windowTo: options.slot,
      content,
      createdBy: options.actorId ?? null,
    })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

/** E-mails a digest to the subscribed units: the text in the body, the Word file attached. */
export async function sendDigest(db: Db, mailer: Mailer, digest: Digest, logger?: Logger): Promise<number> {
  const subscribers = await db.select().from(mediaDigestSubscriptions).where(eq(mediaDigestSubscriptions.active, true));
  if (subscribers.length === 0) return 0;
  const content = digest.content as Parameters<typeof digestText>[0];
  const agency = await agencyCode(db);
  const text = digestText(content, 'id', agency);
  const docx = Buffer.from(await digestDocx(content, 'id', agency));
  let sent = 0;
  for (const s of subscribers) {
    try {
      await mailer.send({
        to: s.email,
        subject: text.split('\n')[0]!.replaceAll('*', ''),
        text,
        attachments: [{ filename: `ringkasan-berita-${digest.slot.toISOString().slice(0, 16).replace(':', '')}.docx`, content: docx }],
      });
      sent++;
    } catch (error) {
      // One bad address does not keep the digest from the others; the count shows who got it.
      logger?.warn({ err: error, to: s.email }, 'digest e-mail failed');
    }
  }
  await db.update(mediaDigests).set({ emailedAt: new Date(), emailedTo: sent }).where(eq(mediaDigests.id, digest.id));
  return sent;
}

/**
 * Every five minutes: is a digest moment due (the configured times, working days by the holiday
 * calendar)? If so and it has no digest yet, make it and send it. Times can change at any moment in
 * the settings; the job's own schedule stays the same.
 */
export const digestJob = defineJob({
  name: 'media.digest',
  cron: '*/5 * * * *',
  async run({ db, mailer, logger, scheduledFor }) {
    const settings = await getMediaSettings(db);
    const today = jakartaDate(scheduledFor);
    // The early warning looks at every run, not only at digest times, at today's count and at
    // yesterday's: items recorded or labelled the next morning (a print edition, the night's feeds)
    // still raise the alert of their own day.
    await recordAlerts(db, await detectSpikes(db, addDays(today, -1), today));
    const calendar = await loadWorkingCalendar(db, addDays(today, -1), today);
    const slot = dueSlot(scheduledFor, settings, calendar);
    if (!slot) return;
    const digest = await createDigest(db, { slot: slot.at, kind: slot.kind });
    if (digest) logger.info({ slot: slot.at, sent: await sendDigest(db, mailer, digest, logger) }, 'digest made');
  },
});
