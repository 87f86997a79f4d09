import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/server/db/client';
import { migrateDatabase } from '../../src/server/db/migrate';
import { seedReferenceData } from '../../src/server/modules/org/seed';
import { ADMIN_URL, TEMPLATE_DB, templateUrl, testDbKind } from './test-db-config';

/**
 * Migrates once, then every test file opens its own copy: on PGlite a dump of the migrated data
 * folder; on PostgreSQL a database created from a template database.
 */
export default async function setup(project: TestProject) {
  if (testDbKind() === 'postgres') {
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
    } finally {
      await admin.end();
    }
    const database = await openDatabase({ databaseUrl: templateUrl() });
    await migrateDatabase(database);
    await database.db.transaction((tx) => seedReferenceData(tx));
    await database.close();
    return;
  }
  const database = await openDatabase({ memory: {} });
  await migrateDatabase(database);
  await database.db.transaction((tx) => seedReferenceData(tx));
  const dump = await database.pglite!.dumpDataDir('none');
  await database.close();
  const file = path.resolve('.tmp/pglite-template.tar');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, new Uint8Array(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}
