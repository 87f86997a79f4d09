import type { MiddlewareHandler } from 'hono';
import { ZRole } from '../../../shared/roles';
import { ABSOLUTE_TIMEOUT_SECONDS } from './auth';
import type { Actor, AppEnv } from '../context';
import { AppError } from '../errors';
import { getTotpRequiredRoles } from '../settings/settings';

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
    const found = await auth.api.getSession({ headers: c.req.raw.headers });
    if (found) {
      const { session, user } = found;
      const age = Date.now() - new Date(session.createdAt).getTime();
      if (age > ABSOLUTE_TIMEOUT_SECONDS * 1000) {
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
