import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase } from '../../src/server/db/backup';
import { type Database, openDatabase } from '../../src/server/db/client';
import { migrateDatabase } from '../../src/server/db/migrate';
import { recordAudit } from '../../src/server/platform/audit/record';
import { verifyAuditChain } from '../../src/server/platform/audit/verify';
import { SYSTEM_META } from '../../src/server/platform/command';
import { createTestApp, makeUnit, makeUser, type TestApp } from '../setup/test-app';
import { createTestDatabase } from '../setup/test-db';
import { fingerprint, rowCounts } from './access-matrix/fingerprint';

/**
 * Logical backups: what a backup holds comes back whole — every table, every row, the audit chain
 * intact and continuing — into the same kind of database and into the other kind (PGlite ⇄
 * PostgreSQL). The CLI round trip through `simpul backup` / `restore` is in tests/cli/backup.test.ts.
 */

let t: TestApp;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-backup-'));
const file = path.join(dir, 'simpul.backup.gz');
const opened: Database[] = [];

beforeAll(async () => {
  t = await createTestApp();
  const unit = await makeUnit(t, { kind: 'bureau' });
  const { session } = await makeUser(t, 'admin', unit.id);
  const staf = (await makeUser(t, 'staf', unit.id)).session;
  // Rows of several kinds: a unit tree, accounts with sessions, holidays, a quoted name, JSON in the trail.
  await t.request('/api/units', { as: session, body: { code: 'BB-1', name: 'Balai "Uji" \'Cadangan\'', kind: 'unit', parentId: unit.id } });
  await t.request('/api/holidays', { as: session, body: { date: '2043-02-02', name: 'Libur — cadangan ✓', kind: 'national' } });
  // A news item: the list's indexes (media_news_issue, media_news_search) are derived, left out of the file and rebuilt on restore.
  const item = await t.request('/api/media/news', {
    as: staf,
    body: {
      publishedAt: '2043-02-03T10:00:00+07:00',
      title: 'Berita cadangan',
      outletName: 'Media Cadangan',
      mediaType: 'online',
      issues: ['Isu A', 'Isu B'],
    },
  });
  expect(item.status).toBe(201);
  const backup = await backupDatabase(t.database, file);
  expect(backup.rows).toBeGreaterThan(20);
});
afterAll(async () => {
  for (const db of opened) await db.close();
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function freshTarget(kind: 'same' | 'pglite'): Promise<Database> {
  const database = kind === 'same' ? await createTestDatabase() : await openDatabase({ memory: {} });
  if (kind === 'pglite') await migrateDatabase(database);
  opened.push(database);
  return database;
}

describe('backup and restore', () => {
  it('restores every row of every table into an empty database of the same kind, with the audit chain intact', async () => {
    const target = await freshTarget('same');
    // A migrated database already holds the seeded reference data: --force empties it first.
    await expect(restoreDatabase(target, file)).rejects.toThrow(/tidak kosong|not empty/);
    await restoreDatabase(target, file, { force: true });
    expect(await rowCounts(target.db)).toEqual(await rowCounts(t.database.db));
    expect(await fingerprint(target.db)).toEqual(await fingerprint(t.database.db));
    const chain = await verifyAuditChain(target.db);
    expect(chain).toEqual(await verifyAuditChain(t.database.db));
    expect(chain.ok).toBe(true);
    // The trail goes on after the restored entries.
    await recordAudit(target.db, { actor: null, meta: SYSTEM_META, action: 'update', entityType: 'test', after: { restored: true } });
    expect(await verifyAuditChain(target.db)).toEqual({ ok: true, entries: chain.entries + 1 });
  });

  it('moves an installation to an embedded database (from PostgreSQL when the suite runs there)', async () => {
    const target = await freshTarget('pglite');
    const result = await restoreDatabase(target, file);
    const counts = await rowCounts(t.database.db);
    // Every row came from the file but the list indexes' (two issues, one headline), which the
    // restored item's triggers wrote.
    expect([counts.media_news_issue, counts.media_news_search]).toEqual([2, 1]);
    expect(result.rows).toBe(Object.values(counts).reduce((a, b) => a + b, 0) - 3);
    expect(await rowCounts(target.db)).toEqual(counts);
    expect(await fingerprint(target.db)).toEqual(await fingerprint(t.database.db));
    expect((await verifyAuditChain(target.db)).ok).toBe(true);
  });

  it('refuses a file that is not a backup, and a backup of another schema version, changing nothing', async () => {
    const target = await freshTarget('same');
    const before = await fingerprint(target.db);
    const notBackup = path.join(dir, 'bukan.gz');
    await gzip(notBackup, '{"format":"lain"}\n');
    await expect(restoreDatabase(target, notBackup, { force: true })).rejects.toThrow(/Bukan berkas cadangan Simpul/);
    const old = path.join(dir, 'lama.gz');
    await gzip(old, `${JSON.stringify({ format: 'simpul-backup', version: 1, migrations: 1, tables: [] })}\n`);
    await expect(restoreDatabase(target, old, { force: true })).rejects.toThrow(/Versi skema berbeda/);
    expect(await fingerprint(target.db)).toEqual(before);
  });
});

async function gzip(target: string, text: string) {
  await new Promise<void>((resolve, reject) => {
    const out = createGzip();
    out.pipe(fs.createWriteStream(target)).on('finish', resolve).on('error', reject);
    out.end(text);
  });
}
