import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { twoFactor } from 'better-auth/plugins/two-factor';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/types';
import * as authSchema from './schema';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './passwords';

/** Sessions end after this long without activity … */
export const IDLE_TIMEOUT_SECONDS = 60 * 60;
/** … and in any case this long after sign-in (checked by the session middleware). */
export const ABSOLUTE_TIMEOUT_SECONDS = 12 * 60 * 60;

export interface AuthOptions {
  db: Db;
  secret: string;
  baseURL: string;
  secureCookies: boolean;
}

/**
 * better-auth, configured for Simpul: e-mail and password only (no self sign-up: accounts are
 * created by an admin), argon2id hashes, a second factor by TOTP, inactive users refused.
 */
export function createAuth(options: AuthOptions) {
  const { db } = options;
  return betterAuth({
    appName: 'Simpul',
    baseURL: options.baseURL,
    basePath: '/api/auth',
    secret: options.secret,
    trustedOrigins: [options.baseURL],
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: { ...authSchema, twoFactor: authSchema.twoFactor },
    }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 256,
      revokeSessionsOnPasswordReset: true,
      password: { hash: hashPassword, verify: verifyPassword },
    },
    user: {
      additionalFields: {
        role: { type: 'string', input: false },
        unitId: { type: 'string', input: false, required: false },
        locale: { type: 'string', input: false, required: false },
        active: { type: 'boolean', input: false, required: false },
      },
    },
    session: {
      expiresIn: IDLE_TIMEOUT_SECONDS,
      updateAge: 5 * 60,
    },
    // Throttling is Simpul's own (platform/auth/throttle.ts): per account and address, in the database.
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: 'simpul',
      useSecureCookies: options.secureCookies,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', path: '/' },
      database: { generateId: () => crypto.randomUUID() },
    },
    databaseHooks: {
      session: {
        create: {
          // A deactivated account cannot start a session, whatever its password.
          before: async (session) => {
            const [row] = await db
              .select({ active: authSchema.user.active })
              .from(authSchema.user)
              .where(eq(authSchema.user.id, session.userId));
            return row?.active === true;
          },
        },
      },
    },
    plugins: [twoFactor({ issuer: 'Simpul' })],
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;
