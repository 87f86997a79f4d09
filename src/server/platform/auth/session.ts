import type { MiddlewareHandler } from 'hono';
import { ZRole } from '../../../shared/roles';
import { ABSOLUTE_TIMEOUT_SECONDS, type Auth } from './auth';
import { cacheSession, forgetUserSessions, getCachedSession } from './session-cache';
import type { Actor, AppEnv } from '../context';
import { AppError } from '../errors';
import { getTotpRequiredRoles } from '../settings/settings';

/** better-auth's session cookie (prefix `simpul`; `__Secure-` in production over HTTPS). */
const SESSION_COOKIE_NAMES = ['simpul.session_token', '__Secure-simpul.session_token'];

/** Paths a user whose role requires a second factor may use before setting one up. */
const TOTP_SETUP_PATHS = ['/api/me', '/api/auth/'];

/**
 * Reads the session cookie and sets `actor` (or null). Enforces the absolute session timeout and,
 * for roles that require it, the second factor.
 */
export function sessionMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { auth, db } = c.get('services');
    c.set('actor', null);
    const found = await lookupSession(auth, c.req.raw.headers);
    if (found) {
      const { session, user } = found;
      const age = Date.now() - new Date(session.createdAt).getTime();
      if (age > ABSOLUTE_TIMEOUT_SECONDS * 1000) {
        forgetUserSessions(user.id);
        await auth.api.revokeSession({ headers: c.req.raw.headers, body: { token: session.token } }).catch(() => {});
        throw new AppError('SESSION_EXPIRED');
      }
      const u = user as typeof user & { role?: string; unitId?: string | null; twoFactorEnabled?: boolean | null };
      const role = ZRole.safeParse(u.role);
      if (role.success) {
        const actor: Actor = {
          id: u.id,
          name: u.name,
          email: u.email,
          role: role.data,
          unitId: u.unitId ?? null,
          twoFactorEnabled: u.twoFactorEnabled === true,
        };
        c.set('actor', actor);
        const path = c.req.path;
        if (!actor.twoFactorEnabled && !TOTP_SETUP_PATHS.some((p) => path === p || path.startsWith(p))) {
          const required = await getTotpRequiredRoles(db, c.get('services').demo);
          if (required.includes(actor.role)) throw new AppError('TOTP_REQUIRED');
        }
      }
    }
    await next();
  };
}

type Found = Awaited<ReturnType<Auth['api']['getSession']>>;

/** The session behind the request's cookie, from the short cache or from better-auth. */
async function lookupSession(auth: Auth, headers: Headers): Promise<Found> {
  const header = headers.get('cookie') ?? '';
  const cookie = SESSION_COOKIE_NAMES.map((name) => getCookie(header, name)).find(Boolean);
  if (!cookie) return null;
  const cached = getCachedSession<Found>(cookie);
  if (cached) return cached;
  const found = await auth.api.getSession({ headers });
  if (found) cacheSession(cookie, found.user.id, new Date(found.session.expiresAt), found);
  return found;
}

function getCookie(header: string, name: string): string | undefined {
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}
