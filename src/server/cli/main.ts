import { Command, InvalidArgumentError } from 'commander';
import { adminCommands } from './admin';
import { auditCommands } from './audit';
import { backupCommands } from './backup';
import { dbCommands } from './db';
import { ikmCommand } from './ikm';
import { kpiCommand } from './kpi';
import { serveCommand } from './serve';
import { toneCommands } from './tone';

function parsePort(value: string): string {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new InvalidArgumentError('port 1–65535');
  return value;
}

export function buildCli(): Command {
  const program = new Command()
    .name('simpul')
    .description('Simpul — sistem informasi biro kerja sama dan hubungan masyarakat')
    .option('--data-dir <dir>', 'folder data PGlite (default ./data, or SIMPUL_DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL server (or DATABASE_URL); without it the embedded PGlite is used')
    .showHelpAfterError();
  program.hook('preAction', (cmd) => {
    const opts = cmd.opts<{ dataDir?: string; databaseUrl?: string }>();
    if (opts.dataDir) process.env.SIMPUL_DATA_DIR = opts.dataDir;
    if (opts.databaseUrl) process.env.DATABASE_URL = opts.databaseUrl;
  });
  serveCommand(program, parsePort);
  dbCommands(program);
  adminCommands(program);
  auditCommands(program);
  backupCommands(program);
  kpiCommand(program);
  toneCommands(program);
  ikmCommand(program);
  return program;
}

export async function runCli(argv = process.argv): Promise<void> {
  try {
    await buildCli().parseAsync(argv);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
