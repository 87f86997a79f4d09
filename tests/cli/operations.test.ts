import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/db/client';
import { errorMessage } from '../../src/shared/i18n/errors';
import { rowCounts } from '../api/access-matrix/fingerprint';
import { ADMIN_URL, testDbKind, urlFor } from '../setup/test-db-config';

/**
 * The operator's `simpul` command as a separate process, on one demo data folder, in order: the
 * folder lock while serving, backup and restore, the audit check after a direct edit, and account
 * creation with a weak password; with TEST_DB=postgres, the backup round trip on PostgreSQL.
 */

const ROOT = path.resolve(__dirname, '../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-cli-'));
const data = path.join(work, 'data');
const backup = path.join(work, 'demo.backup.gz');
const MINUTE = 60_000;

// The child processes get their database from the flags only.
const childEnv = { ...process.env, LOG_LEVEL: 'warn' } as NodeJS.ProcessEnv;
delete childEnv.DATABASE_URL;
delete childEnv.SIMPUL_DATA_DIR;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function simpul(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn('node', ['bin/simpul.mjs', ...args], { cwd: ROOT, env: childEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (server.exitCode !== null) throw new Error(`the server stopped with ${server.exitCode}`);
    const status = await fetch(`${url}/healthz`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the server did not answer /healthz in time');
}

/** Row counts of a PGlite folder, opened once no process holds it. */
async function folderCounts(dir: string) {
  const database = await openDatabase({ dataDir: dir });
  try {
    return await rowCounts(database.db);
  } finally {
    await database.close();
  }
}

let server: ChildProcess | undefined;
const databases: string[] = [];

afterAll(async () => {
  if (server && server.exitCode === null) server.kill('SIGKILL');
  if (databases.length) {
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    for (const name of databases) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
  fs.rmSync(work, { recursive: true, force: true });
});

// The suite runs once on PGlite and once on PostgreSQL (TEST_DB): each pass takes its own part,
// so neither repeats the other's slow demo load.
const onPostgres = testDbKind() === 'postgres';

if (!onPostgres)
  describe('simpul on one data folder', () => {
    it(
      'locks the folder while serving: a second process is refused, naming the holder',
      async () => {
        const port = await freePort();
        const url = `http://127.0.0.1:${port}`;
        server = spawn('node', ['bin/simpul.mjs', '--data-dir', data, 'serve', '--demo', '--port', String(port)], {
          cwd: ROOT,
          env: { ...childEnv, SIMPUL_BASE_URL: url },
          stdio: 'ignore',
        });
        await waitForHealth(url, server, 3 * MINUTE);

        const second = await simpul(['--data-dir', data, 'migrate']);
        expect(second.code).toBe(1);
        expect(second.stderr).toContain(`sedang dipakai oleh proses ${server.pid}`);
        expect(second.stderr).toContain(`in use by process ${server.pid}`);
        expect(second.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace

        // The first process still serves, database included: a demo account signs in.
        const signIn = await fetch(`${url}/api/auth/sign-in/email`, {
          method: 'POST',
          headers: { origin: url, 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'auditor@simpul.demo', password: 'Simpul-Demo-2021' }),
        });
        expect(signIn.status).toBe(200);
        const cookie = signIn.headers
          .getSetCookie()
          .map((c) => c.split(';')[0])
          .join('; ');
        expect((await fetch(`${url}/api/audit?limit=1`, { headers: { cookie } })).status).toBe(200);

        const exited = new Promise<number | null>((resolve) => server!.once('exit', resolve));
        server.kill('SIGTERM');
        expect(await exited).toBe(0);
        expect(fs.existsSync(path.join(data, 'simpul.lock'))).toBe(false);
        const verify = await simpul(['--data-dir', data, 'audit', 'verify']);
        expect(verify.code).toBe(0);
        expect(verify.stdout).toMatch(/Rantai audit utuh \/ audit chain intact: \d+ entri/);
      },
      5 * MINUTE,
    );

    it(
      'backs up and restores into a fresh folder: the same rows in every table, the chain intact',
      async () => {
        const made = await simpul(['--data-dir', data, 'backup', '--out', backup]);
        expect(made.code, made.stderr).toBe(0);
        const copy = path.join(work, 'restored');
        const restored = await simpul(['--data-dir', copy, 'restore', '--in', backup]);
        expect(restored.code, restored.stderr).toBe(0);
        const source = await folderCounts(data);
        // The demo's news monitoring alone is some 36.000 rows.
        expect(Object.values(source).reduce((a, b) => a + b, 0)).toBeGreaterThan(30_000);
        expect(await folderCounts(copy)).toEqual(source);
        const original = await simpul(['--data-dir', data, 'audit', 'verify']);
        const verify = await simpul(['--data-dir', copy, 'audit', 'verify']);
        expect(verify.code).toBe(0);
        expect(verify.stdout).toBe(original.stdout);

        // A database that holds anything is not overwritten without --force.
        const again = await simpul(['--data-dir', copy, 'restore', '--in', backup]);
        expect(again.code).toBe(1);
        expect(again.stderr).toMatch(/tidak kosong.*--force/);
        expect(await folderCounts(copy)).toEqual(source);
      },
      5 * MINUTE,
    );

    it(
      'audit verify exits 2 and names the entry edited directly in the folder',
      async () => {
        const database = await openDatabase({ dataDir: data });
        let id: number;
        try {
          const result = await database.db.execute(sql`SELECT id FROM audit_log ORDER BY id OFFSET 9 LIMIT 1`);
          id = Number((result as unknown as { rows: { id: number }[] }).rows[0]!.id);
          await database.db.transaction(async (tx) => {
            await tx.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER USER`);
            await tx.execute(sql`UPDATE audit_log SET after = '{"diubah": true}'::jsonb WHERE id = ${id}`);
            await tx.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER USER`);
          });
        } finally {
          await database.close();
        }
        const verify = await simpul(['--data-dir', data, 'audit', 'verify']);
        expect(verify.code).toBe(2);
        expect(verify.stdout).toContain(`Rantai audit RUSAK pada entri #${id}: isinya diubah`);
        expect(verify.stdout).toContain(`Audit chain BROKEN at entry #${id}`);
      },
      2 * MINUTE,
    );

    it(
      'admin create-user refuses a weak password with a clear message',
      async () => {
        const create = (password: string) =>
          simpul([
            '--data-dir',
            data,
            'admin',
            'create-user',
            '--email',
            'baru@simpul.demo',
            '--name',
            'Admin Baru',
            '--role',
            'admin',
            '--password',
            password,
          ]);
        const common = await create('indonesia2021');
        expect(common.code).toBe(1);
        expect(common.stderr.trim()).toBe(errorMessage('id', 'WEAK_PASSWORD'));
        const short = await create('pendek');
        expect(short.code).toBe(1);
        expect(short.stderr).toMatch(/^password: /);
        expect(short.stderr).not.toMatch(/\n\s+at /);
        const strong = await create('gudeg jogja manis sekali');
        expect(strong.code, strong.stderr).toBe(0);
        expect(strong.stdout).toContain('baru@simpul.demo (admin)');
      },
      2 * MINUTE,
    );
  });

async function freshPostgresDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    databases.push(name);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return urlFor(name);
}

async function postgresCounts(url: string) {
  const database = await openDatabase({ databaseUrl: url });
  try {
    return await rowCounts(database.db);
  } finally {
    await database.close();
  }
}

if (onPostgres)
  describe('simpul on PostgreSQL', () => {
    it(
      'loads the demo, backs it up and restores it into another database and into a data folder',
      async () => {
        const [one, two] = await Promise.all([1, 2].map((n) => freshPostgresDatabase(`simpul_cli_${process.pid}_${n}`)));
        const copy = path.join(work, 'from-postgres');
        for (const args of [
          ['--database-url', one!, 'demo'],
          ['--database-url', one!, 'backup', '--out', backup],
          ['--database-url', two!, 'restore', '--in', backup],
          ['--data-dir', copy, 'restore', '--in', backup],
        ]) {
          const run = await simpul(args);
          expect(run.code, `${args.slice(2).join(' ')}: ${run.stderr}`).toBe(0);
        }
        const source = await postgresCounts(one!);
        expect(Object.values(source).reduce((a, b) => a + b, 0)).toBeGreaterThan(30_000);
        expect(await postgresCounts(two!)).toEqual(source);
        expect(await folderCounts(copy)).toEqual(source);
        const original = await simpul(['--database-url', one!, 'audit', 'verify']);
        expect(original.stdout).toMatch(/Rantai audit utuh \/ audit chain intact: \d+ entri/);
        for (const where of [
          ['--database-url', two!],
          ['--data-dir', copy],
        ]) {
          const verify = await simpul([...where, 'audit', 'verify']);
          expect(verify.code).toBe(0);
          expect(verify.stdout).toBe(original.stdout);
        }
      },
      8 * MINUTE,
    );
  });
