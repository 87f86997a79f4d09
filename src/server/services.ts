import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pino, { type Logger } from 'pino';
import { openDatabase } from './db/client';
import { migrateDatabase } from './db/migrate';
import type { Db } from './db/types';
import type { TEnv } from './env';
import { seedReferenceData } from './modules/org/seed';
import { createAuth } from './platform/auth/auth';
import type { Services } from './platform/context';
import { createLocalFileStore } from './platform/files/store';
import { createMailer } from './platform/notify/mailer';
import { getSetting, putSetting } from './platform/settings/settings';

/** The session secret: from the environment, else generated once and kept in the database. */
async function authSecret(db: Db, env: TEnv): Promise<string> {
  if (env.SIMPUL_SECRET) return env.SIMPUL_SECRET;
  const stored = await getSetting(db, 'authSecret');
  if (stored) return stored;
  const secret = randomBytes(32).toString('base64url');
  await putSetting(db, 'authSecret', secret);
  return secret;
}

export function createLogger(env: TEnv): Logger {
  return pino({ level: env.LOG_LEVEL, base: { app: 'simpul' } });
}

/**
 * Opens the database (PGlite folder or PostgreSQL), applies the migrations, seeds the reference
 * data and builds every long-lived service.
 */
export async function createServices(env: TEnv, options: { logger?: Logger; migrate?: boolean } = {}): Promise<Services> {
  const logger = options.logger ?? createLogger(env);
  const dataDir = path.resolve(env.SIMPUL_DATA_DIR);
  const database = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir,
    onIdleError: (error) => logger.warn({ err: error }, 'idle database connection failed'),
    // Nothing can be served or saved without the database: stop, with the cause in the log, so
    // that whatever runs Simpul (systemd, Docker) starts it again. The folder's lock names a
    // process that is gone, which the next start takes over.
    onLost: (error) => {
      logger.fatal({ err: error }, 'the embedded database stopped; Simpul stops');
      process.exit(1);
    },
  });
  try {
    if (options.migrate !== false) {
      await migrateDatabase(database);
      await database.db.transaction((tx) => seedReferenceData(tx));
    }
    const baseURL = env.SIMPUL_BASE_URL ?? `http://localhost:${env.PORT}`;
    const auth = createAuth({
      db: database.db,
      secret: await authSecret(database.db, env),
      baseURL,
      secureCookies: env.NODE_ENV === 'production' && baseURL.startsWith('https:'),
    });
    return {
      env,
      database,
      db: database.db,
      auth,
      logger,
      files: createLocalFileStore(env.SIMPUL_UPLOAD_DIR ?? path.join(dataDir, 'files')),
      mailer: createMailer({ smtpUrl: env.SMTP_URL, from: env.SMTP_FROM, logger }),
      demo: env.SIMPUL_DEMO,
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
