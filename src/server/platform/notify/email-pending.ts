import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { interpolate } from '../../../shared/i18n/errors';
import { user } from '../auth/schema';
import { defineJob } from '../jobs/types';
import { notifications } from './schema';

/** Notifications one run e-mails at most; the rest wait for the next run. */
const BATCH = 1000;

const TEXT = {
  id: {
    subject: 'Simpul: {{count}} pemberitahuan baru',
    intro: 'Yth. {{name}},\n\nAda pemberitahuan baru untuk Anda di Simpul:',
    footer: 'Pesan ini dikirim otomatis oleh Simpul. Buka aplikasi untuk menandai pemberitahuan sebagai telah dibaca.',
  },
  en: {
    subject: 'Simpul: {{count}} new notifications',
    intro: 'Dear {{name}},\n\nThere is news for you in Simpul:',
    footer: 'This message was sent by Simpul. Open the application to mark the notifications as read.',
  },
} as const;

/**
 * E-mails each user their unread notifications not yet e-mailed: one message per user per run,
 * in the user's language. Without SMTP the mailer writes the message to the log. A notification
 * is marked e-mailed only once its message is sent; a user whose mail fails is tried again next
 * run, and the run is recorded failed so the operator sees it.
 */
export const emailPendingJob = defineJob({
  name: 'notify.email-pending',
  cron: '*/5 * * * *',
  async run({ db, mailer, env, logger }) {
    const pending = await db
      .select({
        id: notifications.id,
        userId: notifications.userId,
        title: notifications.title,
        body: notifications.body,
        link: notifications.link,
        email: user.email,
        name: user.name,
        locale: user.locale,
      })
      .from(notifications)
      .innerJoin(user, eq(user.id, notifications.userId))
      .where(and(isNull(notifications.emailedAt), isNull(notifications.readAt), eq(user.active, true)))
      .orderBy(asc(notifications.createdAt))
      .limit(BATCH);

    const byUser = new Map<string, typeof pending>();
    for (const n of pending) {
      const list = byUser.get(n.userId);
      if (list) list.push(n);
      else byUser.set(n.userId, [n]);
    }

    const base = (env.SIMPUL_BASE_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '');
    let failed = 0;
    for (const items of byUser.values()) {
      const first = items[0]!;
      const t = first.locale === 'en' ? TEXT.en : TEXT.id;
      const lines = items.map((n) => `• ${n.title}\n  ${n.body}${n.link ? `\n  ${base}${n.link}` : ''}`);
      try {
        await mailer.send({
          to: first.email,
          subject: interpolate(t.subject, { count: items.length }),
          text: `${interpolate(t.intro, { name: first.name })}\n\n${lines.join('\n\n')}\n\n${t.footer}\n`,
        });
      } catch (error) {
        failed++;
        logger.warn({ err: error, userId: first.userId }, 'notification e-mail not sent');
        continue;
      }
      await db
        .update(notifications)
        .set({ emailedAt: new Date() })
        .where(
          inArray(
            notifications.id,
            items.map((n) => n.id),
          ),
        );
    }
    if (failed) throw new Error(`${failed} of ${byUser.size} notification e-mails could not be sent`);
  },
});
