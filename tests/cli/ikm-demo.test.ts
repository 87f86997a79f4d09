import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_URL, testDbKind, urlFor } from '../setup/test-db-config';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');

/**
 * The operator's path: `simpul demo` into an empty database, then `simpul kpi --json`, as separate
 * processes — on a fresh PGlite data folder, or (TEST_DB=postgres) on a fresh PostgreSQL database.
 */
let target: string[];
let cleanup: () => Promise<void>;

beforeAll(async () => {
  if (testDbKind() === 'postgres') {
    const name = `simpul_cli_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`).finally(() => admin.end());
    target = ['--database-url', urlFor(name)];
    cleanup = async () => {
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => c.end());
    };
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-cli-'));
    target = ['--data-dir', dir];
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
});
afterAll(() => cleanup());

function simpul(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, SIMPUL_DEMO: '1', LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.SIMPUL_DATA_DIR;
  return run('node', ['bin/simpul.mjs', ...target, ...args], { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024 });
}

interface Kpi {
  indicators: {
    code: string;
    realization: number;
    achievementPct: number;
    category: string | null;
    source: string;
    measure: string | null;
  }[];
}

const round2 = (v: number) => (Math.sign(v) * Math.round(Math.abs(v) * 100 + 1e-9)) / 100;

describe('simpul kpi after simpul demo', () => {
  it('gives IKK3 76,64, IKK4 82,55 and IKK5 3,84, each computed', { timeout: 600_000 }, async () => {
    const demo = await simpul('demo');
    expect(demo.stdout).toContain('surveys');
    const { stdout } = await simpul('kpi', '--year', '2021', '--json');
    const kpi = JSON.parse(stdout) as Kpi;
    const ikk = (code: string) => kpi.indicators.find((i) => i.code === code)!;
    expect(round2(ikk('IKK3').realization)).toBe(76.64);
    expect(round2(ikk('IKK4').realization)).toBe(82.55);
    expect(round2(ikk('IKK5').realization)).toBe(3.84);
    expect(ikk('IKK3')).toMatchObject({ source: 'computed', measure: 'surveys.ikm', category: 'Baik' });
    expect(ikk('IKK4')).toMatchObject({ source: 'computed', measure: 'surveys.aggregate_index' });
    expect(ikk('IKK5')).toMatchObject({ source: 'computed', measure: 'surveys.internal_satisfaction' });
    // The report's achievements: 103,57; 105,83; 100.
    expect([ikk('IKK3'), ikk('IKK4'), ikk('IKK5')].map((i) => round2(i.achievementPct))).toEqual([103.57, 105.83, 100]);
  });
});
