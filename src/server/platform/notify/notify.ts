import { inArray } from 'drizzle-orm';
import type { Localized } from '../../../shared/i18n/localized';
import type { DbOrTx } from '../../db/types';
import { user } from '../auth/schema';
import { notifications } from './schema';

/** A notice's text: the same for everyone, or in both languages (each user gets their own). */
export type NoticeText = string | Localized;

export interface Notice {
  userIds: string[];
  /** What happened, for filtering and for the web's icon (e.g. `agreement.approved`). */
  kind: string;
  title: NoticeText;
  body: NoticeText;
  /** A path inside the application (`/kerja-sama/…`), shown as a link and in the e-mail. */
  link?: string | null;
}

function textFor(text: NoticeText, locale: string): string {
  if (typeof text === 'string') return text;
  return locale === 'en' ? text.en : text.id;
}

/**
 * Tells users something in the application; the `notify.email-pending` job e-mails what is still
 * unread. Call it inside the transaction that makes the change, so a rolled-back change tells no
 * one. Inactive and unknown users are skipped. Returns how many notifications were written.
 */
export async function notify(tx: DbOrTx, notice: Notice): Promise<number> {
  const ids = [...new Set(notice.userIds)];
  if (ids.length === 0) return 0;
  if (notice.link && !notice.link.startsWith('/')) throw new Error('notify: link must be a path inside the application');
  const recipients = await tx.select({ id: user.id, locale: user.locale, active: user.active }).from(user).where(inArray(user.id, ids));
  const rows = recipients
    .filter((r) => r.active)
    .map((r) => ({
      id: crypto.randomUUID(),
      userId: r.id,
      kind: notice.kind,
      title: textFor(notice.title, r.locale).slice(0, 300),
      body: textFor(notice.body, r.locale).slice(0, 4000),
      link: notice.link ?? null,
    }));
  if (rows.length) await tx.insert(notifications).values(rows);
  return rows.length;
}
