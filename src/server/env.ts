import path from 'node:path';
import { z } from 'zod';

/**
 * Configuration, read once from the environment and checked at start: a wrong value stops the
 * process with a message naming the variable, instead of failing later in a request.
 */
const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  /** PostgreSQL server; when absent, the embedded PGlite database in SIMPUL_DATA_DIR is used. */
  DATABASE_URL: z.string().url().optional(),
  SIMPUL_DATA_DIR: z.string().default('./data'),
  /** Public address of the application, used for cookies, CSRF origin checks and links in e-mail. */
  SIMPUL_BASE_URL: z.string().url().optional(),
  /** Secret that signs sessions; in the embedded mode one is generated and kept in the data folder. */
  SIMPUL_SECRET: z.string().min(32).optional(),
  /** Demo mode: loads the demo data into an empty database and creates one account per role. */
  SIMPUL_DEMO: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
  /** Trust X-Forwarded-For only behind a known reverse proxy. */
  SIMPUL_TRUST_PROXY: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
  SIMPUL_UPLOAD_DIR: z.string().optional(),
  SIMPUL_MAX_UPLOAD_MB: z.coerce.number().positive().default(20),
  SMTP_URL: z.string().url().optional(),
  SMTP_FROM: z.string().default('Simpul <simpul@localhost>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type TEnv = z.infer<typeof ZEnv>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): TEnv {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Konfigurasi tidak valid / invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export function resolveDataDir(env: Pick<TEnv, 'SIMPUL_DATA_DIR'>): string {
  return path.resolve(env.SIMPUL_DATA_DIR);
}
