import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/types';
import { AppError } from '../errors';
import { loginThrottle } from './schema';

/**
 * Sign-in throttling (docs/security.md). Three counters over a 15-minute window:
 * - one account from one address: 5 failures block that pair for 15 minutes;
 * - one address, any account: 30 failures block the address for 15 minutes;
 * - one account, any address: never blocked (an attacker could otherwise lock a user out);
 *   after 10 failures every further attempt is slowed by a growing delay instead.
 */
export const THROTTLE = {
  windowMs: 15 * 60 * 1000,
  blockMs: 15 * 60 * 1000,
  pairLimit: 5,
  addressLimit: 30,
  accountSlowAfter: 10,
  maxDelayMs: 3000,
};

function keys(email: string, ip: string | null) {
  const account = `acct:${email.trim().toLowerCase()}`;
  const address = `ip:${ip ?? 'unknown'}`;
  return { account, address, pair: `pair:${email.trim().toLowerCase()}|${ip ?? 'unknown'}` };
}

/** Throws THROTTLED when the pair or the address is blocked; returns a delay to apply otherwise. */
export async function checkLoginThrottle(db: Db, email: string, ip: string | null, now = new Date()): Promise<number> {
  const k = keys(email, ip);
  const rows = await db
    .select()
    .from(loginThrottle)
    .where(inArray(loginThrottle.key, [k.account, k.address, k.pair]));
  for (const row of rows) {
    if (row.key !== k.account && row.blockedUntil && row.blockedUntil > now) {
      const minutes = Math.max(1, Math.ceil((row.blockedUntil.getTime() - now.getTime()) / 60000));
      throw new AppError('THROTTLED', { params: { minutes } });
    }
  }
  const account = rows.find((r) => r.key === k.account);
  if (account && now.getTime() - account.windowStartedAt.getTime() < THROTTLE.windowMs) {
    const excess = account.failures - THROTTLE.accountSlowAfter;
    if (excess >= 0) return Math.min(THROTTLE.maxDelayMs, 250 * 2 ** Math.min(excess, 4));
  }
  return 0;
}

async function bump(db: Db, key: string, limit: number | null, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - THROTTLE.windowMs);
  const blockUntil = new Date(now.getTime() + THROTTLE.blockMs);
  // One statement: a failure either opens a new window or counts in the current one.
  await db
    .insert(loginThrottle)
    .values({ key, failures: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        failures: sql`CASE WHEN ${loginThrottle.windowStartedAt} < ${windowStart} THEN 1 ELSE ${loginThrottle.failures} + 1 END`,
        windowStartedAt: sql`CASE WHEN ${loginThrottle.windowStartedAt} < ${windowStart} THEN ${now} ELSE ${loginThrottle.windowStartedAt} END`,
        blockedUntil:
          limit === null
            ? sql`NULL`
            : sql`CASE WHEN ${loginThrottle.windowStartedAt} >= ${windowStart} AND ${loginThrottle.failures} + 1 >= ${limit} THEN ${blockUntil} ELSE ${loginThrottle.blockedUntil} END`,
      },
    });
}

export async function recordLoginFailure(db: Db, email: string, ip: string | null, now = new Date()): Promise<void> {
  const k = keys(email, ip);
  await bump(db, k.pair, THROTTLE.pairLimit, now);
  await bump(db, k.address, THROTTLE.addressLimit, now);
  await bump(db, k.account, null, now);
}

export async function recordLoginSuccess(db: Db, email: string, ip: string | null): Promise<void> {
  const k = keys(email, ip);
  await db.delete(loginThrottle).where(inArray(loginThrottle.key, [k.pair, k.account]));
}
