import pino from 'pino';
import { createApp } from '../../src/server/app';
import type { Database } from '../../src/server/db/client';
import { readEnv } from '../../src/server/env';
import { createUser } from '../../src/server/modules/org/commands/users';
import { createUnit } from '../../src/server/modules/org/commands/units';
import { createAuth } from '../../src/server/platform/auth/auth';
import { SYSTEM_META } from '../../src/server/platform/command';
import type { Services } from '../../src/server/platform/context';
import type { TRole, TUnitKind } from '../../src/shared/roles';
import { createLocalFileStore } from '../../src/server/platform/files/store';
import { createMailer } from '../../src/server/platform/notify/mailer';
import { putSetting } from '../../src/server/platform/settings/settings';
import { createTestDatabase } from './test-db';

export const BASE_URL = 'http://localhost:3000';
export const TEST_PASSWORD = 'uji-coba-kata-sandi-panjang';

export interface TestApp {
  app: ReturnType<typeof createApp>;
  services: Services;
  database: Database;
  /** A request as the browser would send it (same origin), optionally signed in. */
  request(
    path: string,
    init?: { method?: string; body?: unknown; rawBody?: BodyInit; headers?: Record<string, string>; as?: Session },
  ): Promise<Response>;
  signIn(email: string, password?: string): Promise<Session>;
  close(): Promise<void>;
}

export interface Session {
  cookie: string;
  lang?: 'id' | 'en';
}

/**
 * An application on a fresh database. The second factor is not required unless `requireTotp`
 * (the default rule, admins and the head, is tested on its own).
 */
export async function createTestApp(
  options: { demo?: boolean; uploadDir?: string; requireTotp?: boolean; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  if (!options.requireTotp) await putSetting(database.db, 'totpRequiredRoles', []);
  const env = readEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SIMPUL_DEMO: options.demo ? '1' : '0', ...options.env });
  // TEST_LOG_LEVEL=error shows what the server logs behind a 500 while a test runs.
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const services: Services = {
    env,
    database,
    db: database.db,
    auth: createAuth({ db: database.db, secret: 'test-secret-test-secret-test-secret-00', baseURL: BASE_URL, secureCookies: false }),
    logger,
    files: createLocalFileStore(options.uploadDir ?? `.tmp/uploads-${process.pid}`),
    mailer: createMailer({ from: 'test@localhost', logger }),
    demo: options.demo ?? false,
  };
  const app = createApp(services);

  const request: TestApp['request'] = (path, init = {}) => {
    const headers: Record<string, string> = { origin: BASE_URL, ...init.headers };
    if (init.as) headers.cookie = init.as.cookie;
    if (init.as?.lang) headers['accept-language'] = init.as.lang;
    let body: BodyInit | undefined = init.rawBody;
    if (init.body !== undefined) {
      body = JSON.stringify(init.body);
      headers['content-type'] ??= 'application/json';
    }
    return Promise.resolve(app.request(`${BASE_URL}${path}`, { method: init.method ?? (body ? 'POST' : 'GET'), headers, body }));
  };

  const signIn: TestApp['signIn'] = async (email, password = TEST_PASSWORD) => {
    const res = await request('/api/auth/sign-in/email', { body: { email, password } });
    if (!res.ok) throw new Error(`sign-in failed for ${email}: ${res.status} ${await res.text()}`);
    const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
    return { cookie: cookies.join('; ') };
  };

  return { app, services, database, request, signIn, close: () => database.close() };
}

let counter = 0;

/** Factories: a unit, and a user of a role in a unit, with the test password. */
export async function makeUnit(t: TestApp, overrides: { kind?: TUnitKind; parentId?: string | null; code?: string } = {}) {
  counter++;
  return createUnit(
    { tx: t.services.db, actor: null, meta: SYSTEM_META },
    {
      code: overrides.code ?? `U${process.pid}-${counter}`,
      name: `Unit Uji ${counter}`,
      kind: overrides.kind ?? 'unit',
      parentId: overrides.parentId ?? null,
      proposing: true,
    },
  );
}

export async function makeUser(t: TestApp, role: TRole, unitId: string | null) {
  counter++;
  const user = await createUser(
    { tx: t.services.db, actor: null, meta: SYSTEM_META },
    {
      email: `${role}.${counter}.${process.pid}@uji.test`,
      name: `Pengguna ${counter}`,
      role,
      unitId,
      password: TEST_PASSWORD,
      locale: 'id',
    },
  );
  return { user, session: await t.signIn(user.email) };
}
