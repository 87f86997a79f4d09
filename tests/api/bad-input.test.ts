import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/types';
import { session as sessions } from '../../src/server/platform/auth/schema';
import { type ErrorCode, errorMessage, type Lang } from '../../src/shared/i18n/errors';
import { createTestApp, makeUnit, makeUser, type Session, type TestApp } from '../setup/test-app';
import { changedTables, fingerprint } from './access-matrix/fingerprint';

/**
 * Bad input of any kind gets the one error shape, in the interface's language, never a stack
 * trace, and changes nothing in the database (spec 90, "Quality bars"). Uploads and CSV files
 * have their own tests beside the upload and import code.
 */

let t: TestApp;
let admin: Session;
let adminId: string;
let unitId: string;

beforeAll(async () => {
  t = await createTestApp();
  unitId = (await makeUnit(t, { kind: 'bureau' })).id;
  const made = await makeUser(t, 'admin', unitId);
  admin = made.session;
  adminId = made.user.id;
});
afterAll(() => t.close());

interface Attempt {
  path: string;
  method?: string;
  rawBody?: BodyInit;
  headers?: Record<string, string>;
  /** Anonymous unless false. */
  signedIn?: boolean;
}

const json = { 'content-type': 'application/json' };
const COOKIE = 'simpul.session_token';

/** The session token inside a signed session cookie (`token.signature`, URL-encoded). */
function sessionToken(s: Session): string {
  const part = s.cookie.split('; ').find((c) => c.startsWith(`${COOKIE}=`))!;
  return decodeURIComponent(part.slice(COOKIE.length + 1)).split('.')[0]!;
}
const MB = 1024 * 1024;
const unitBody = { code: 'BAIK', name: 'Unit yang baik', kind: 'unit', parentId: null };

/** Bad requests, each with the code and status it must get. Messages with parameters carry them. */
const ATTEMPTS: { name: string; attempt: () => Attempt; status: number; code: ErrorCode; params?: Record<string, string> }[] = [
  {
    name: 'malformed JSON',
    attempt: () => ({ path: '/api/units', method: 'POST', rawBody: '{"code": "X", "name": ', headers: json }),
    status: 400,
    code: 'MALFORMED_JSON',
  },
  {
    name: 'malformed JSON to sign in',
    attempt: () => ({ path: '/api/auth/sign-in/email', method: 'POST', rawBody: '{"email": ', headers: json, signedIn: false }),
    status: 400,
    code: 'MALFORMED_JSON',
  },
  {
    name: 'wrong types',
    attempt: () => ({
      path: '/api/units',
      method: 'POST',
      rawBody: JSON.stringify({ code: 12, name: ['x'], kind: 'planet', parentId: 'bukan-uuid', proposing: 'ya' }),
      headers: json,
    }),
    status: 400,
    code: 'VALIDATION',
  },
  {
    name: 'an unknown field (mass assignment)',
    attempt: () => ({
      path: '/api/units',
      method: 'POST',
      rawBody: JSON.stringify({ ...unitBody, id: crypto.randomUUID() }),
      headers: json,
    }),
    status: 400,
    code: 'VALIDATION',
  },
  {
    name: 'a role smuggled into a user change',
    attempt: () => ({
      path: `/api/users/${adminId}`,
      method: 'PATCH',
      rawBody: JSON.stringify({ name: 'Admin', twoFactorEnabled: true }),
      headers: json,
    }),
    status: 400,
    code: 'VALIDATION',
  },
  {
    name: 'a prototype key',
    attempt: () => ({
      path: '/api/units',
      method: 'POST',
      rawBody: `{"__proto__": {"role": "admin"}, ${JSON.stringify(unitBody).slice(1)}`,
      headers: json,
    }),
    status: 400,
    code: 'VALIDATION',
  },
  {
    name: 'JSON that is not an object',
    attempt: () => ({ path: '/api/units', method: 'POST', rawBody: '[[[[[[[[[[]]]]]]]]]]', headers: json }),
    status: 400,
    code: 'VALIDATION',
  },
  {
    name: 'a body that is not JSON',
    attempt: () => ({
      path: '/api/units',
      method: 'POST',
      rawBody: 'code=X&name=Y',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    }),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'a 50 MB JSON body',
    attempt: () => ({ path: '/api/units', method: 'POST', rawBody: `{"name": "${'x'.repeat(50 * MB)}"}`, headers: json }),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    params: { limit: '1 MB' },
  },
  {
    name: 'a 50 MB JSON body that says so',
    attempt: () => ({
      path: '/api/units',
      method: 'POST',
      rawBody: 'x'.repeat(50 * MB),
      headers: { ...json, 'content-length': String(50 * MB) },
    }),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    params: { limit: '1 MB' },
  },
  {
    name: 'a 50 MB upload',
    attempt: () => {
      const form = new FormData();
      form.append('file', new File([new Uint8Array(50 * MB)], 'besar.pdf'));
      return { path: '/api/files', method: 'POST', rawBody: form };
    },
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    params: { limit: '20 MB' },
  },
  {
    name: 'a forged session cookie',
    attempt: () => ({ path: '/api/users', signedIn: false, headers: { cookie: `${COOKIE}=${'A'.repeat(32)}.${'B'.repeat(43)}%3D` } }),
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'a real session token with a forged signature',
    attempt: () => ({ path: '/api/users', signedIn: false, headers: { cookie: `${COOKIE}=${sessionToken(admin)}.${'C'.repeat(43)}%3D` } }),
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'an id that is not a uuid',
    attempt: () => ({ path: "/api/units/1' OR '1'='1", method: 'PATCH', rawBody: JSON.stringify({ name: 'Unit X' }), headers: json }),
    status: 400,
    code: 'VALIDATION',
  },
  {
    name: 'an unknown uuid',
    attempt: () => ({
      path: `/api/units/${crypto.randomUUID()}`,
      method: 'PATCH',
      rawBody: JSON.stringify({ name: 'Unit X' }),
      headers: json,
    }),
    status: 404,
    code: 'NOT_FOUND',
  },
  {
    name: 'an unknown uuid to delete',
    attempt: () => ({ path: `/api/holidays/${crypto.randomUUID()}`, method: 'DELETE' }),
    status: 404,
    code: 'NOT_FOUND',
  },
  {
    name: 'a query parameter of the wrong type',
    attempt: () => ({ path: '/api/holidays?year=duaribu' }),
    status: 400,
    code: 'VALIDATION',
  },
  { name: 'a route that does not exist', attempt: () => ({ path: '/api/tidak-ada' }), status: 404, code: 'NOT_FOUND' },
  {
    name: 'a change from another site (CSRF)',
    attempt: () => ({
      path: '/api/units',
      method: 'POST',
      rawBody: JSON.stringify(unitBody),
      headers: { ...json, origin: 'https://evil.example' },
    }),
    status: 403,
    code: 'CSRF',
  },
];

/** A stack trace, a file path or an internal error text in a response body. */
const LEAK = /\bat [\w.<>]+ \(|\.(ts|js|mjs):\d+|node_modules|\/src\/|Error:|stack/i;

async function expectErrorShape(res: Response, status: number, code: ErrorCode, lang: Lang, params?: Record<string, string>) {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  expect(text).not.toMatch(LEAK);
  const body = JSON.parse(text) as { error: { code: string; message: string; fields?: { path: string; message: string }[] } };
  expect(Object.keys(body)).toEqual(['error']);
  expect(Object.keys(body.error).filter((k) => k !== 'fields')).toEqual(['code', 'message']);
  expect(body.error.code).toBe(code);
  expect(body.error.message).toBe(errorMessage(lang, code, params));
  return body.error;
}

async function attempt(a: Attempt, lang: Lang): Promise<Response> {
  const headers: Record<string, string> = { ...(lang === 'en' ? { 'accept-language': 'en-US,en;q=0.9' } : {}), ...a.headers };
  return t.request(a.path, { method: a.method, rawBody: a.rawBody, headers, as: a.signedIn === false ? undefined : admin });
}

describe('bad input', () => {
  for (const lang of ['id', 'en'] as const) {
    for (const c of ATTEMPTS) {
      it(`${c.name} → ${c.status} ${c.code} (${lang}), nothing changed`, async () => {
        const before = await fingerprint(t.services.db);
        const error = await expectErrorShape(await attempt(c.attempt(), lang), c.status, c.code, lang, c.params);
        if (c.code === 'VALIDATION') expect(error.fields?.length).toBeGreaterThan(0);
        expect(changedTables(before, await fingerprint(t.services.db))).toEqual([]);
      });
    }
  }

  it('names each bad field in the language asked', async () => {
    const body = JSON.stringify({ ...unitBody, kind: 'planet', extra: 1 });
    const id = await expectErrorShape(
      await attempt({ path: '/api/units', method: 'POST', rawBody: body, headers: json }, 'id'),
      400,
      'VALIDATION',
      'id',
    );
    const en = await expectErrorShape(
      await attempt({ path: '/api/units', method: 'POST', rawBody: body, headers: json }, 'en'),
      400,
      'VALIDATION',
      'en',
    );
    expect(id.fields).toContainEqual({ path: '', message: 'Isian tidak dikenal: extra.' });
    expect(en.fields).toContainEqual({ path: '', message: 'Unknown fields: extra.' });
    expect(en.fields?.find((x) => x.path === 'kind')?.message).toMatch(/^Must be one of: agency/);
  });
});

describe('expired sessions', () => {
  /** A session that has not been used yet, so no cached copy stands in for the database row. */
  async function freshSession(): Promise<Session> {
    return (await makeUser(t, 'staf', unitId)).session;
  }

  it('refuses a session past its idle timeout, in the language asked', async () => {
    const s = await freshSession();
    await t.services.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where(eq(sessions.token, sessionToken(s)));
    const before = await fingerprint(t.services.db);
    await expectErrorShape(await t.request('/api/users', { as: { ...s, lang: 'en' } }), 401, 'UNAUTHENTICATED', 'en');
    // better-auth may clear the dead session row; nothing else moves.
    expect(changedTables(before, await fingerprint(t.services.db), ['session'])).toEqual([]);
  });

  it('ends a session older than the absolute timeout, and it stays ended', async () => {
    const s = await freshSession();
    const [row] = await t.services.db
      .select()
      .from(sessions)
      .where(eq(sessions.token, sessionToken(s)));
    const created = new Date(Date.now() - 13 * 3600 * 1000);
    await (t.services.db as Db).execute(sql`UPDATE session SET created_at = ${created} WHERE id = ${row!.id}`);
    await expectErrorShape(await t.request('/api/me', { as: s }), 401, 'SESSION_EXPIRED', 'id');
    await expectErrorShape(await t.request('/api/me', { as: s }), 401, 'UNAUTHENTICATED', 'id');
    expect(await t.services.db.select().from(sessions).where(eq(sessions.id, row!.id))).toEqual([]);
  });
});

describe('an unexpected failure', () => {
  it('answers INTERNAL in the language asked, with no stack trace or error text', async () => {
    const db = t.services.db;
    // The request's database handle fails the way a broken connection would.
    t.services.db = new Proxy(db, {
      get(target, prop, receiver) {
        if (prop === 'select') {
          return () => {
            throw new Error('connection lost at /srv/simpul/src/server/db/client.ts:42:7');
          };
        }
        return Reflect.get(target, prop, receiver);
      },
    });
    try {
      for (const lang of ['id', 'en'] as const) {
        await expectErrorShape(await attempt({ path: '/api/units' }, lang), 500, 'INTERNAL', lang);
      }
    } finally {
      t.services.db = db;
    }
  });
});
