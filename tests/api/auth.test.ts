import { and, eq } from 'drizzle-orm';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth } from '../../src/server/platform/auth/auth';
import { THROTTLE, checkLoginThrottle, recordLoginFailure } from '../../src/server/platform/auth/throttle';
import { auditLog } from '../../src/server/platform/audit/schema';
import { AppError } from '../../src/server/platform/errors';
import { errorMessage } from '../../src/shared/i18n/errors';
import { createTestApp, makeUnit, makeUser, type Session, type TestApp, TEST_PASSWORD } from '../setup/test-app';

/** Sign-in, sign-out, throttling, deactivation, the password policy, the second factor and cookies. */

let t: TestApp;
let unitId: string;
let admin: Session;

beforeAll(async () => {
  // Behind a trusted proxy, so that each test can speak from its own address.
  t = await createTestApp({ env: { SIMPUL_TRUST_PROXY: '1' } });
  unitId = (await makeUnit(t, { kind: 'bureau' })).id;
  admin = (await makeUser(t, 'admin', unitId)).session;
});
afterAll(() => t.close());

let address = 0;
const newAddress = () => `198.51.100.${++address}`;

function signIn(app: TestApp, email: string, password: string, ip?: string, cookie?: string) {
  const headers: Record<string, string> = { ...(ip ? { 'x-forwarded-for': ip } : {}), ...(cookie ? { cookie } : {}) };
  return app.request('/api/auth/sign-in/email', { body: { email, password }, headers });
}

/** The session cookie a response sets, as `name=value`. */
function sessionCookie(res: Response): string | undefined {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('simpul.session_token=') && c.length > 'simpul.session_token='.length);
}

async function errorCode(res: Response) {
  return ((await res.json()) as { error: { code: string; message: string } }).error;
}

const entriesFor = (label: string) => t.services.db.select().from(auditLog).where(eq(auditLog.actorLabel, label));

describe('sign-in and sign-out', () => {
  it('records login, failed login and logout in the audit trail, with the address', async () => {
    const { user } = await makeUser(t, 'staf', unitId);
    const ip = newAddress();
    const wrong = await signIn(t, user.email, 'bukan-kata-sandinya', ip);
    expect(wrong.status).toBe(401);
    expect(await errorCode(wrong)).toEqual({ code: 'INVALID_CREDENTIALS', message: errorMessage('id', 'INVALID_CREDENTIALS') });
    // An account that does not exist gets the very same answer.
    const nobody = await signIn(t, 'tidak.ada@uji.test', 'bukan-kata-sandinya', ip);
    expect(await errorCode(nobody)).toEqual({ code: 'INVALID_CREDENTIALS', message: errorMessage('id', 'INVALID_CREDENTIALS') });
    const ok = await signIn(t, user.email, TEST_PASSWORD, ip);
    expect(ok.status).toBe(200);
    const session = { cookie: sessionCookie(ok)! };
    expect((await t.request('/api/me', { as: session })).status).toBe(200);
    expect((await t.request('/api/auth/sign-out', { as: session, body: {} })).status).toBe(200);
    expect((await t.request('/api/me', { as: session })).status).toBe(401);

    // (makeUser's own sign-in came first, from no address.)
    const entries = (await entriesFor(user.email)).filter((e) => e.ip === ip);
    expect(entries.map((e) => [e.action, e.ip])).toEqual([
      ['login_failed', ip],
      ['login', ip],
    ]);
    expect((await entriesFor('tidak.ada@uji.test')).map((e) => e.action)).toEqual(['login_failed']);
    const logout = await t.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, user.id), eq(auditLog.action, 'logout')));
    expect(logout).toHaveLength(1);
  });

  it('gives a new session id at every sign-in and ends the one the browser presented', async () => {
    const { user, session } = await makeUser(t, 'staf', unitId);
    const again = await signIn(t, user.email, TEST_PASSWORD, newAddress(), session.cookie);
    const fresh = sessionCookie(again)!;
    expect(fresh).toBeDefined();
    expect(fresh).not.toBe(session.cookie);
    const third = sessionCookie(await signIn(t, user.email, TEST_PASSWORD, newAddress()))!;
    expect(new Set([session.cookie, fresh, third]).size).toBe(3);
    // The session the browser presented ended with the new sign-in; the others live on.
    expect((await t.request('/api/me', { as: session })).status).toBe(401);
    expect((await t.request('/api/me', { as: { cookie: fresh } })).status).toBe(200);
    expect((await t.request('/api/me', { as: { cookie: third } })).status).toBe(200);
  });

  it('sets the session cookie HttpOnly and SameSite=Lax, for the idle timeout', async () => {
    const { user } = await makeUser(t, 'staf', unitId);
    const res = await signIn(t, user.email, TEST_PASSWORD, newAddress());
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('simpul.session_token='))!;
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).toMatch(/; Max-Age=3600/);
    // The token itself: 32 characters of better-auth's alphabet (a-z, A-Z, 0-9), ~190 bits.
    expect(decodeURIComponent(cookie.split(';')[0]!.split('=')[1]!).split('.')[0]).toMatch(/^[A-Za-z0-9]{32}$/);
  });

  it('marks the cookie Secure with the __Secure- prefix in production over HTTPS', async () => {
    const { user } = await makeUser(t, 'staf', unitId);
    const base = 'https://simpul.example.go.id';
    const auth = createAuth({ db: t.services.db, secret: 'production-secret-production-secret-0', baseURL: base, secureCookies: true });
    const res = await auth.handler(
      new Request(`${base}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { origin: base, 'content-type': 'application/json' },
        body: JSON.stringify({ email: user.email, password: TEST_PASSWORD }),
      }),
    );
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.includes('session_token='))!;
    expect(cookie.startsWith('__Secure-simpul.session_token=')).toBe(true);
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/; HttpOnly/i);
  });
});

describe('throttling', () => {
  it('blocks an account from one address after 5 failures, not from another address', async () => {
    const { user } = await makeUser(t, 'staf', unitId);
    const other = await makeUser(t, 'staf', unitId);
    const attacker = newAddress();
    for (let i = 0; i < THROTTLE.pairLimit; i++) expect((await signIn(t, user.email, 'tebakan-yang-salah', attacker)).status).toBe(401);
    const blocked = await signIn(t, user.email, TEST_PASSWORD, attacker);
    expect(blocked.status).toBe(429);
    expect(await errorCode(blocked)).toEqual({ code: 'THROTTLED', message: errorMessage('id', 'THROTTLED', { minutes: 15 }) });
    // The owner, elsewhere, is not locked out; another account from the same address is not either.
    expect((await signIn(t, user.email, TEST_PASSWORD, newAddress())).status).toBe(200);
    expect((await signIn(t, other.user.email, TEST_PASSWORD, attacker)).status).toBe(200);
  });

  it('ignores X-Forwarded-For unless the proxy is trusted', async () => {
    const direct = await createTestApp();
    try {
      const id = (await makeUnit(direct)).id;
      const { user } = await makeUser(direct, 'staf', id);
      for (let i = 0; i < THROTTLE.pairLimit; i++) await signIn(direct, user.email, 'tebakan-yang-salah', `203.0.113.${i}`);
      // A made-up address does not escape the block.
      expect((await signIn(direct, user.email, TEST_PASSWORD, '203.0.113.200')).status).toBe(429);
    } finally {
      await direct.close();
    }
  });

  it('blocks an address after 30 failures on any accounts, and every block ends after 15 minutes', async () => {
    const db = t.services.db;
    const now = new Date();
    const ip = newAddress();
    for (let i = 0; i < THROTTLE.addressLimit; i++) await recordLoginFailure(db, `akun${i}@uji.test`, ip, now);
    await expect(checkLoginThrottle(db, 'akun-baru@uji.test', ip, now)).rejects.toThrow(AppError);
    expect(await checkLoginThrottle(db, 'akun-baru@uji.test', newAddress(), now)).toBe(0);
    const later = new Date(now.getTime() + THROTTLE.blockMs + 1000);
    expect(await checkLoginThrottle(db, 'akun-baru@uji.test', ip, later)).toBe(0);
  });

  it('never blocks an account attacked from many addresses, but slows every attempt on it', async () => {
    const db = t.services.db;
    const now = new Date();
    const email = 'diserang@uji.test';
    for (let i = 0; i < 40; i++) await recordLoginFailure(db, email, newAddress(), now);
    const delay = await checkLoginThrottle(db, email, newAddress(), now);
    expect(delay).toBeGreaterThan(0);
    expect(delay).toBeLessThanOrEqual(THROTTLE.maxDelayMs);
  });
});

describe('accounts and passwords', () => {
  it('lets a deactivated account neither keep its sessions nor sign in', async () => {
    const { user, session } = await makeUser(t, 'staf', unitId);
    const res = await t.request(`/api/users/${user.id}`, { as: admin, method: 'PATCH', body: { active: false } });
    expect(res.status).toBe(200);
    expect((await t.request('/api/me', { as: session })).status).toBe(401);
    const again = await signIn(t, user.email, TEST_PASSWORD, newAddress());
    expect(again.status).toBe(401);
    expect((await errorCode(again)).code).toBe('INVALID_CREDENTIALS');
    expect(sessionCookie(again)).toBeUndefined();
  });

  it('refuses short and common passwords when an account is created', async () => {
    const body = (password: string) => ({
      name: 'Akun Baru',
      email: `baru.${password.length}.${Math.random()}@uji.test`,
      role: 'staf',
      unitId,
      password,
    });
    const short = await t.request('/api/users', { as: admin, body: body('Pendek-11ch') });
    expect(short.status).toBe(400);
    expect(((await short.json()) as { error: { fields: { path: string }[] } }).error.fields.map((f) => f.path)).toEqual(['password']);
    for (const weak of ['indonesia2021', 'BISMILLAH123', 'aaaaaaaaaaaaaaaa', '123456789012']) {
      const res = await t.request('/api/users', { as: admin, body: body(weak) });
      expect(res.status, weak).toBe(400);
      expect((await errorCode(res)).code, weak).toBe('WEAK_PASSWORD');
    }
    // Length alone, no composition rule: a long phrase of small letters is fine.
    expect((await t.request('/api/users', { as: admin, body: body('kopi tubruk di pagi hari') })).status).toBe(201);
  });

  it('refuses short and common new passwords on change, then signs in only with the new one', async () => {
    const { user, session } = await makeUser(t, 'staf', unitId);
    const change = (newPassword: string) =>
      t.request('/api/auth/change-password', {
        as: session,
        body: { currentPassword: TEST_PASSWORD, newPassword, revokeOtherSessions: false },
      });
    for (const weak of ['pendek', 'katasandi123', 'indonesiaraya']) {
      const res = await change(weak);
      expect(res.status, weak).toBe(400);
      expect(await errorCode(res)).toEqual({ code: 'WEAK_PASSWORD', message: errorMessage('id', 'WEAK_PASSWORD') });
    }
    expect((await change('sate ayam madura tiga tusuk')).status).toBe(200);
    expect((await signIn(t, user.email, TEST_PASSWORD, newAddress())).status).toBe(401);
    expect((await signIn(t, user.email, 'sate ayam madura tiga tusuk', newAddress())).status).toBe(200);
  });
});

describe('second factor', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ requireTotp: true });
  });
  afterAll(() => app.close());

  it('requires an authenticator of the admin before anything but /api/me, then signs in with a TOTP code', async () => {
    const id = (await makeUnit(app, { kind: 'bureau' })).id;
    const { user, session } = await makeUser(app, 'admin', id);
    const staf = await makeUser(app, 'staf', id);
    const refused = await app.request('/api/units', { as: session });
    expect(refused.status).toBe(403);
    expect((await errorCode(refused)).code).toBe('TOTP_REQUIRED');
    const me = await app.request('/api/me', { as: session });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { totpRequired: boolean }).totpRequired).toBe(true);
    expect((await app.request('/api/units', { as: staf.session })).status).toBe(200);

    // Enrol: the secret comes in an otpauth:// address; the first code switches the factor on.
    const enable = await app.request('/api/auth/two-factor/enable', { as: session, body: { password: TEST_PASSWORD } });
    expect(enable.status).toBe(200);
    const secret = new URL(((await enable.json()) as { totpURI: string }).totpURI).searchParams.get('secret')!;
    const verified = await app.request('/api/auth/two-factor/verify-totp', { as: session, body: { code: await generate({ secret }) } });
    expect(verified.status).toBe(200);
    const enrolled = { cookie: sessionCookie(verified) ?? session.cookie };
    expect((await app.request('/api/units', { as: enrolled })).status).toBe(200);

    // Sign in again: the password alone opens no session; the code does.
    const first = await signIn(app, user.email, TEST_PASSWORD);
    expect(first.status).toBe(200);
    expect(((await first.json()) as { twoFactorRedirect?: boolean }).twoFactorRedirect).toBe(true);
    expect(sessionCookie(first)).toBeUndefined();
    const challenge = first.headers
      .getSetCookie()
      .map((c) => c.split(';')[0]!)
      .join('; ');
    const code = await generate({ secret });
    const wrong = await app.request('/api/auth/two-factor/verify-totp', {
      body: { code: code === '000000' ? '111111' : '000000' },
      headers: { cookie: challenge },
    });
    expect(wrong.ok).toBe(false);
    const second = await app.request('/api/auth/two-factor/verify-totp', { body: { code }, headers: { cookie: challenge } });
    expect(second.status).toBe(200);
    const signedIn = { cookie: sessionCookie(second)! };
    expect((await app.request('/api/units', { as: signedIn })).status).toBe(200);
    // The trail names who signed in with which factor: the password step says a code is pending.
    const trail = (await app.services.db.select().from(auditLog).where(eq(auditLog.entityType, 'session'))).filter((e) =>
      e.actorLabel?.includes(user.email),
    );
    const steps = trail.map((e) => [e.action, e.after]);
    expect(steps).toContainEqual(['login', { factor: 'password', secondFactor: 'pending' }]);
    expect(steps.filter(([action, after]) => action === 'login' && (after as { factor?: string })?.factor === 'totp')).toHaveLength(2);
  });

  it('spends a sign-in challenge after 5 wrong codes; a backup code then signs in, recorded as such', async () => {
    const id = (await makeUnit(app, { kind: 'bureau' })).id;
    const { user, session } = await makeUser(app, 'kepala_biro', id);
    const enable = await app.request('/api/auth/two-factor/enable', { as: session, body: { password: TEST_PASSWORD } });
    const enrolment = (await enable.json()) as { totpURI: string; backupCodes: string[] };
    const secret = new URL(enrolment.totpURI).searchParams.get('secret')!;
    await app.request('/api/auth/two-factor/verify-totp', { as: session, body: { code: await generate({ secret }) } });
    const first = await signIn(app, user.email, TEST_PASSWORD);
    const cookie = first.headers
      .getSetCookie()
      .map((c) => c.split(';')[0]!)
      .join('; ');
    const good = await generate({ secret });
    const bad = good === '123456' ? '654321' : '123456';
    for (let i = 0; i < 5; i++) await app.request('/api/auth/two-factor/verify-totp', { body: { code: bad }, headers: { cookie } });
    const late = await app.request('/api/auth/two-factor/verify-totp', { body: { code: good }, headers: { cookie } });
    expect(late.ok).toBe(false);
    expect(sessionCookie(late)).toBeUndefined();

    const challenge = (await signIn(app, user.email, TEST_PASSWORD)).headers
      .getSetCookie()
      .map((c) => c.split(';')[0]!)
      .join('; ');
    const backup = await app.request('/api/auth/two-factor/verify-backup-code', {
      body: { code: enrolment.backupCodes[0] },
      headers: { cookie: challenge },
    });
    expect(backup.status).toBe(200);
    expect((await app.request('/api/units', { as: { cookie: sessionCookie(backup)! } })).status).toBe(200);
    const entries = await app.services.db.select().from(auditLog).where(eq(auditLog.actorLabel, user.email));
    expect(entries.map((e) => [e.action, e.after])).toContainEqual(['login', { factor: 'backup_code' }]);
  });
});
