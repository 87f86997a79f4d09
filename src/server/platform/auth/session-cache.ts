/**
 * A short-lived, in-process cache of session lookups, keyed by the session cookie's value.
 * better-auth reads the session and the user from the database on every request; on PGlite that
 * is most of a list request's time. Entries live `SESSION_CACHE_MS`; signing out, revoking
 * sessions and changing or deactivating a user clear that user's entries at once in this process.
 * Another process (PostgreSQL deployments) sees such a change within the TTL (docs/security.md).
 */
export const SESSION_CACHE_MS = 15_000;
const MAX_ENTRIES = 10_000;

interface Entry<T> {
  value: T;
  userId: string;
  expiresAt: number;
  at: number;
}

const entries = new Map<string, Entry<unknown>>();

export function getCachedSession<T>(key: string, now = Date.now()): T | undefined {
  const entry = entries.get(key);
  if (!entry) return undefined;
  if (now - entry.at > SESSION_CACHE_MS || now >= entry.expiresAt) {
    entries.delete(key);
    return undefined;
  }
  return entry.value as T;
}

export function cacheSession<T>(key: string, userId: string, sessionExpiresAt: Date, value: T, now = Date.now()): void {
  if (entries.size >= MAX_ENTRIES) {
    // Oldest first: a Map iterates in insertion order.
    const oldest = entries.keys().next().value;
    if (oldest !== undefined) entries.delete(oldest);
  }
  entries.set(key, { value, userId, expiresAt: sessionExpiresAt.getTime(), at: now });
}

/** Forgets every cached session of a user (sign-out, revocation, role or unit change, deactivation). */
export function forgetUserSessions(userId: string): void {
  for (const [key, entry] of entries) if (entry.userId === userId) entries.delete(key);
}

export function forgetAllSessions(): void {
  entries.clear();
}
