import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import type { AppEnv } from '../context';
import { AppError } from '../errors';
import { recordAudit } from '../audit/record';
import { isAcceptablePassword } from './passwords';
import { session } from './schema';
import { forgetUserSessions } from './session-cache';
import { checkLoginThrottle, recordLoginFailure, recordLoginSuccess } from './throttle';

const SIGN_IN = '/api/auth/sign-in/email';
const NEW_PASSWORD_PATHS = ['/api/auth/change-password', '/api/auth/reset-password'];
/** Second-factor steps of a sign-in, by the factor each records in the audit trail. */
const SECOND_FACTOR: Record<string, string> = {
  '/api/auth/two-factor/verify-totp': 'totp',
  '/api/auth/two-factor/verify-backup-code': 'backup_code',
};

async function jsonBody(request: Request): Promise<Record<string, unknown>> {
  try {
    const body = await request.clone().json();
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  } catch {
    throw new AppError('MALFORMED_JSON');
  }
}

/** A response's JSON body, read from a copy (the original still goes to the client). */
async function responseJson(response: Response): Promise<Record<string, unknown>> {
  try {
    const body = await response.clone().json();
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The token of the session cookie a request carries (`token.signature`, URL-encoded). */
function presentedSessionToken(cookieHeader: string | undefined): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === 'simpul.session_token' || name === '__Secure-simpul.session_token') {
      return decodeURIComponent(rest.join('=')).split('.')[0] || undefined;
    }
  }
  return undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * better-auth's endpoints under /api/auth, wrapped with Simpul's rules: sign-in throttling, the
 * password policy, and the audit trail of logins, failed logins and logouts.
 */
export function authRoutes() {
  const app = new Hono<AppEnv>();
  app.on(['GET', 'POST'], '/*', async (c) => {
    const { auth, db } = c.get('services');
    const meta = c.get('meta');
    const path = c.req.path;
    const isPost = c.req.method === 'POST';

    let email: string | undefined;
    if (isPost && path === SIGN_IN) {
      const body = await jsonBody(c.req.raw);
      email = typeof body.email === 'string' ? body.email.trim().toLowerCase() : '';
      const delay = await checkLoginThrottle(db, email, meta.ip);
      if (delay) await sleep(delay);
    }
    if (isPost && NEW_PASSWORD_PATHS.includes(path)) {
      const body = await jsonBody(c.req.raw);
      if (typeof body.newPassword !== 'string' || !isAcceptablePassword(body.newPassword)) {
        throw new AppError('WEAK_PASSWORD');
      }
    }
    const actorBefore = c.get('actor');
    const response = await auth.handler(c.req.raw);
    // Anything a signed-in user posts here (sign-out, revocations, password, second factor) may
    // change what their session says: the cached copy goes.
    if (isPost && actorBefore) forgetUserSessions(actorBefore.id);

    if (isPost && path === SIGN_IN && email !== undefined) {
      if (response.ok) {
        await recordLoginSuccess(db, email, meta.ip);
        // A sign-in always starts a fresh session: the one this browser presented, if any, ends.
        const presented = presentedSessionToken(c.req.header('cookie'));
        if (actorBefore && presented) await db.delete(session).where(eq(session.token, presented));
        // With a second factor the password opens no session yet: the entry says so.
        const pending = (await responseJson(response)).twoFactorRedirect === true;
        await recordAudit(db, {
          actor: null,
          actorLabel: email,
          meta,
          action: 'login',
          entityType: 'session',
          ...(pending ? { after: { factor: 'password', secondFactor: 'pending' } } : {}),
        });
      } else {
        await recordLoginFailure(db, email, meta.ip);
        await recordAudit(db, { actor: null, actorLabel: email, meta, action: 'login_failed', entityType: 'session' });
        // One message whether the account exists or not.
        throw new AppError('INVALID_CREDENTIALS');
      }
    } else if (isPost && Object.hasOwn(SECOND_FACTOR, path)) {
      // Who: the signed-in user enrolling, or the user the answer names; a failed code at sign-in
      // names nobody (the challenge cookie is better-auth's), and its password entry precedes it.
      const user = (await responseJson(response)).user as { email?: string } | undefined;
      await recordAudit(db, {
        actor: actorBefore,
        actorLabel: user?.email,
        meta,
        action: response.ok ? 'login' : 'login_failed',
        entityType: 'session',
        after: { factor: SECOND_FACTOR[path] },
      });
    } else if (isPost && path === '/api/auth/sign-out' && actorBefore) {
      await recordAudit(db, { actor: actorBefore, meta, action: 'logout', entityType: 'session' });
    }
    return response;
  });
  return app;
}
