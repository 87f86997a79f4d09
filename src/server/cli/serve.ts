import type { Command } from 'commander';
import { readEnv } from '../env';
import { startServer } from '../main';

export function serveCommand(program: Command, parsePort: (v: string) => string) {
  program
    .command('serve')
    .description('jalankan aplikasi / run the application')
    .option('-p, --port <port>', 'port (or PORT; default 3000)', parsePort)
    .option('--host <host>', 'address to listen on (or HOST; default 127.0.0.1)')
    .option('--demo', 'muat data demo BPOM 2021 bila basis data kosong / load the demo into an empty database')
    .action(async (opts: { port?: string; host?: string; demo?: boolean }) => {
      const env = readEnv({
        ...process.env,
        ...(opts.port ? { PORT: opts.port } : {}),
        ...(opts.host ? { HOST: opts.host } : {}),
        ...(opts.demo ? { SIMPUL_DEMO: '1' } : {}),
      });
      const server = await startServer(env);
      const stop = async () => {
        await server.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
