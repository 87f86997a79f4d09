import path from 'node:path';
import type { Command } from 'commander';
import { backupDatabase, restoreDatabase } from '../db/backup';
import { openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { readEnv } from '../env';
import { withServices } from './with-services';

export function backupCommands(program: Command) {
  program
    .command('backup')
    .description('cadangkan basis data ke satu berkas / back up the database to one file')
    .requiredOption('--out <file>', 'e.g. simpul-2026-11-28.backup.gz')
    .action(async (opts: { out: string }) => {
      await withServices(async (s) => {
        const result = await backupDatabase(s.database, path.resolve(opts.out));
        process.stdout.write(`Cadangan dibuat / backup written: ${opts.out} (${result.tables} tabel, ${result.rows} baris)\n`);
      });
    });
  program
    .command('restore')
    .description('pulihkan cadangan ke basis data kosong / restore a backup into an empty database')
    .requiredOption('--in <file>')
    .option('--force', 'kosongkan basis data tujuan dahulu / empty the target database first')
    .action(async (opts: { in: string; force?: boolean }) => {
      // Only the schema, not the application's services: those seed reference data (and its audit
      // entries) at start, and a database that holds anything is refused without --force.
      const env = readEnv({ LOG_LEVEL: 'warn', ...process.env });
      const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: path.resolve(env.SIMPUL_DATA_DIR) });
      try {
        await migrateDatabase(database);
        const result = await restoreDatabase(database, path.resolve(opts.in), { force: opts.force });
        process.stdout.write(`Cadangan dipulihkan / backup restored: ${result.rows} baris\n`);
      } finally {
        await database.close();
      }
    });
}
