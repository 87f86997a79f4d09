import type { Command } from 'commander';
import { loadDemo } from '../demo';
import { withServices } from './with-services';

export function dbCommands(program: Command) {
  program
    .command('migrate')
    .description('terapkan migrasi basis data / apply the database migrations')
    .action(async () => {
      await withServices(async (s) => {
        process.stdout.write(`Migrasi selesai / migrations applied (${s.database.kind}: ${s.database.location})\n`);
      });
    });

  program
    .command('demo')
    .description('muat data demo ke basis data kosong lalu keluar / load the demo into an empty database and exit')
    .option('--scale <years>', 'years of data at 2021 scale, for benchmarks', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 20) throw new Error('--scale: 1–20');
      return n;
    })
    .action(async (opts: { scale?: number }) => {
      await withServices(async (s) => {
        const result = await loadDemo(s.db, { scale: opts.scale });
        if (!result.loaded) {
          throw new Error('Basis data sudah berisi data; demo hanya dimuat ke basis data kosong / the database is not empty');
        }
        process.stdout.write(`Data demo dimuat / demo loaded: ${result.modules.join(', ')}\n`);
      });
    });
}
