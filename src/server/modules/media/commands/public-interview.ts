import { createHmac, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { TPublicInterviewRequest } from '../../../../shared/media';
import type { Db } from '../../../db/types';
import { queryRows } from '../../../db/sql';
import type { RequestMeta } from '../../../platform/context';
import { AppError } from '../../../platform/errors';
import { getOrCreateSetting } from '../../../platform/settings/settings';
import { getMediaSettings } from '../settings';
import { newTrackingCode } from '../tracking-code';
import { createInterview } from './interviews';

const WINDOW_MS = 3_600_000;

/**
 * The address as a keyed hash (HMAC with a random key made once per installation): the throttle
 * table never holds an address, and its rows cannot be turned back into one by trying every IPv4
 * address without the key.
 */
async function addressKey(db: Db, ip: string | null): Promise<string> {
  const key = await getOrCreateSetting(db, 'addressHashKey', () => randomBytes(32).toString('base64url'));
  return `form:${createHmac('sha256', key)
    .update(ip ?? 'unknown')
    .digest('hex')
    .slice(0, 40)}`;
}

/**
 * Counts one submission from an address in its one-hour window and refuses past the configured
 * limit. One statement, so two submissions at once cannot both slip under the limit.
 */
async function throttle(db: Db, ip: string | null, limit: number, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - WINDOW_MS);
  const key = await addressKey(db, ip);
  // A counter whose hour has passed counts nothing: it goes, so no trace of an address outlives its hour.
  await db.execute(sql`DELETE FROM media_public_throttle WHERE window_started_at < ${windowStart} AND key <> ${key}`);
  const [row] = await queryRows<{ count: number; window_started_at: Date | string }>(
    db,
    sql`INSERT INTO media_public_throttle (key, window_started_at, count) VALUES (${key}, ${now}, 1)
        ON CONFLICT (key) DO UPDATE SET
          count = CASE WHEN media_public_throttle.window_started_at < ${windowStart} THEN 1 ELSE media_public_throttle.count + 1 END,
          window_started_at = CASE WHEN media_public_throttle.window_started_at < ${windowStart} THEN ${now} ELSE media_public_throttle.window_started_at END
        RETURNING count, window_started_at`,
  );
  if (row && row.count > limit) {
    const started = new Date(row.window_started_at).getTime();
    const minutes = Math.max(1, Math.ceil((started + WINDOW_MS - now.getTime()) / 60_000));
    throw new AppError('THROTTLED', { params: { minutes } });
  }
}

export interface Acknowledgement {
  number: string;
  trackingCode: string;
  receivedAt: string;
}

/**
 * A request from the public form, without an account. Counted against the address's hourly limit
 * first (robots included). A filled-in honeypot gets an acknowledgement that looks like any other
 * but stores nothing, so a robot learns nothing. The text is stored as typed and only ever shown
 * as text.
 */
export async function submitPublicInterview(
  db: Db,
  input: TPublicInterviewRequest,
  meta: RequestMeta,
  now = new Date(),
): Promise<Acknowledgement> {
  const settings = await getMediaSettings(db);
  await throttle(db, meta.ip, settings.publicFormMaxPerHour, now);
  if (input.website?.trim()) {
    return {
      number: `WAW-${now.getUTCFullYear()}-${String(1000 + Math.floor(Math.random() * 9000))}`,
      trackingCode: newTrackingCode(),
      receivedAt: now.toISOString(),
    };
  }
  if (input.noticeVersion !== settings.privacyNoticeVersion) {
    throw new AppError('VALIDATION', {
      fields: [
        {
          path: 'noticeVersion',
          message: 'Pemberitahuan privasi telah diperbarui; muat ulang formulir. / The privacy notice has changed; reload the form.',
        },
      ],
    });
  }
  const { website: _honeypot, consent: _consent, noticeVersion, ...fields } = input;
  const row = await db.transaction((tx) =>
    createInterview(
      { tx, actor: null, meta },
      { ...fields, channel: 'public_form', receivedAt: now, consentAt: now, consentNoticeVersion: noticeVersion },
    ),
  );
  return { number: row.number, trackingCode: row.trackingCode, receivedAt: row.receivedAt.toISOString() };
}
