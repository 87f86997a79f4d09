import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { readEnv } from '../src/server/env';
import type { Services } from '../src/server/platform/context';
import { createServices } from '../src/server/services';
import type { DbKind } from './types';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SIMPUL_BIN = path.join(ROOT, 'bin/simpul.mjs');

/** A fresh, empty database for one benchmark run, and how to reach it. */
export interface Target {
  kind: DbKind;
  /** Arguments that point a `simpul` command at the database. */
  cliArgs: string[];
  /** Environment for `simpul` child processes: the caller's, without its own database settings. */
  env: NodeJS.ProcessEnv;
  /** Where the data lives, for the report (no password). */
  location: string;
  withServices<T>(fn: (services: Services) => Promise<T>): Promise<T>;
  dispose(): Promise<void>;
}

/** Settings of the caller's environment that would point a child at another database or port. */
const INHERITED_SETTINGS = ['DATABASE_URL', 'SIMPUL_DATA_DIR', 'SIMPUL_UPLOAD_DIR', 'SIMPUL_BASE_URL', 'SIMPUL_DEMO', 'PORT', 'HOST'];

function childEnv(workDir: string): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of INHERITED_SETTINGS) delete env[key];
  // Uploads (and PGlite's data) stay inside the benchmark's own folder.
  return { ...env, SIMPUL_DATA_DIR: workDir, LOG_LEVEL: 'warn' };
}

function makeWithServices(env: NodeJS.ProcessEnv, databaseUrl?: string) {
  return async <T>(fn: (services: Services) => Promise<T>): Promise<T> => {
    const services = await createServices(readEnv({ ...env, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) }));
    try {
      return await fn(services);
    } finally {
      await services.database.close();
    }
  };
}

/** Runs `simpul <args>` as a child process; rejects with its output when it fails. */
export function runSimpul(target: Target, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SIMPUL_BIN, ...args, ...target.cliArgs], { cwd: ROOT, env: target.env });
    let output = '';
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve(output);
      else reject(new Error(`simpul ${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${output}`));
    });
  });
}

export async function createPgliteTarget(): Promise<Target> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-bench-pglite-'));
  const env = childEnv(workDir);
  return {
    kind: 'pglite',
    cliArgs: ['--data-dir', workDir],
    env,
    location: `Fresh data folder ${workDir}`,
    withServices: makeWithServices(env),
    async dispose() {
      fs.rmSync(workDir, { recursive: true, force: true });
    },
  };
}

/** Why PostgreSQL cannot be used (unreachable server), or undefined when it can. */
export async function postgresUnavailable(adminUrl: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates `simpul_bench_<n>` on the server; dispose() drops it. */
export async function createPostgresTarget(adminUrl: string): Promise<Target> {
  const name = `simpul_bench_${Date.now()}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const shown = new URL(databaseUrl);
  if (shown.password) shown.password = '***';
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-bench-postgres-'));
  const env = childEnv(workDir);
  return {
    kind: 'postgres',
    cliArgs: ['--database-url', databaseUrl],
    env,
    location: `Fresh database ${name} on ${shown.host}`,
    withServices: makeWithServices(env, databaseUrl),
    async dispose() {
      try {
        await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        fs.rmSync(workDir, { recursive: true, force: true });
      }
    },
  };
}
