import { createHash, createHmac, randomBytes } from 'node:crypto';
import { lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/types';
import { AppError } from '../../platform/errors';
import { getSetting } from '../../platform/settings/settings';
import { surveyRateLimits } from './schema';

/**
 * Protection of the public form without third-party services (spec 50, "Distribution"):
 * unguessable tokens, a rate limit per address and hour, and duplicate detection. Addresses are
 * never stored: only a keyed hash, so an anonymous respondent stays anonymous in the database.
 */

/** Submissions accepted from one address in one hour (a press room behind one address fits). */
export const SUBMISSIONS_PER_HOUR = 30;
/** The same answers from the same address within this window are a resubmission. */
export const DUPLICATE_WINDOW_MS = 24 * 60 * 60 * 1000;

/** A link token: 32 random bytes (256 bits), URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Invitation tokens are kept as their SHA-256 only: a leaked table does not answer surveys. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const keys = new WeakMap<object, string>();

/**
 * The key of the address hashes: the application's secret (environment or database). A
 * database without one (a bare test database) uses a fixed key, which only weakens anonymity
 * there, never the rate limit.
 */
async function hashKey(db: DbOrTx): Promise<string> {
  const cached = keys.get(db);
  if (cached) return cached;
  const key = process.env.SIMPUL_SECRET ?? (await getSetting(db, 'authSecret')) ?? 'simpul-survey-address-key';
  keys.set(db, key);
  return key;
}

export async function addressHash(db: DbOrTx, address: string | null): Promise<string> {
  return createHmac('sha256', await hashKey(db))
    .update(`address:${address ?? 'unknown'}`)
    .digest('base64url');
}

/** The fingerprint of a submission: who (the address hash) sent exactly these answers. */
export function fingerprintOf(surveyId: string, address: string, answers: Record<string, unknown>): string {
  const canonical = JSON.stringify(
    Object.keys(answers)
      .sort()
      .map((k) => [k, answers[k]]),
  );
  return createHash('sha256').update(`${surveyId}|${address}|${canonical}`).digest('base64url');
}

/**
 * Counts one submission attempt of an address in the current hour and refuses it beyond the
 * limit. Runs in its own statement, before the submission's transaction, so refused attempts
 * count as well: a flood is cut however its requests are made.
 */
export async function countSubmission(db: DbOrTx, address: string, now = new Date()): Promise<void> {
  const hour = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000);
  const key = `${address}|${hour.toISOString()}`;
  const [row] = await db
    .insert(surveyRateLimits)
    .values({ key, hour, count: 1 })
    .onConflictDoUpdate({ target: surveyRateLimits.key, set: { count: sql`${surveyRateLimits.count} + 1` } })
    .returning({ count: surveyRateLimits.count });
  // Old hours are of no use: the first submission of each hour clears them.
  if (row?.count === 1) await db.delete(surveyRateLimits).where(lt(surveyRateLimits.hour, new Date(hour.getTime() - 3_600_000)));
  if ((row?.count ?? 0) > SUBMISSIONS_PER_HOUR) {
    const minutes = Math.max(1, Math.ceil((hour.getTime() + 3_600_000 - now.getTime()) / 60_000));
    throw new AppError('SURVEY_RATE_LIMITED', { params: { minutes } });
  }
}
