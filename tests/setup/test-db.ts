import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../../src/server/db/client';
import { ADMIN_URL, TEMPLATE_DB, testDbKind, urlFor } from './test-db-config';

/** A fresh, migrated database for one test file (see global-setup.ts). */
export async function createTestDatabase(): Promise<Database> {
  if (testDbKind() === 'postgres') {
    const name = `simpul_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
    } finally {
      await admin.end();
    }
    const database = await openDatabase({ databaseUrl: urlFor(name), poolSize: 4 });
    const close = database.close;
    database.close = async () => {
      await close();
      const cleanup = new pg.Client({ connectionString: ADMIN_URL });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => cleanup.end());
    };
    return database;
  }
  const bytes = fs.readFileSync(inject('pgliteTemplate'));
  return openDatabase({ memory: { loadDataDir: new Blob([bytes]) } });
}
