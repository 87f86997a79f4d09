import { serve } from '@hono/node-server';
import { createApp } from './app';
import { loadDemo } from './demo';
import { JOBS } from './modules';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './modules/org/demo';
import { createScheduler } from './platform/jobs';
import type { TEnv } from './env';
import { createServices } from './services';
import { importUpkeepSettled } from './platform/imports/pipeline';

/** `simpul serve`: migrates, loads the demo into an empty database when asked, then listens. */
export async function startServer(env: TEnv): Promise<{ close: () => Promise<void>; url: string }> {
  const services = await createServices(env);
  const { logger } = services;
  if (env.SIMPUL_DEMO) {
    const started = Date.now();
    const result = await loadDemo(services.db);
    if (result.loaded) logger.info({ modules: result.modules, ms: Date.now() - started }, 'demo data loaded');
  }
  const app = createApp(services, { isReady: () => true });
  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve());
    server.once('error', reject);
  });
  const url = env.SIMPUL_BASE_URL ?? `http://localhost:${env.PORT}`;
  logger.info({ url, database: services.database.kind, location: services.database.location }, 'Simpul is listening');
  // Scheduled jobs run in every serving process; job_runs keeps each occurrence to one of them.
  const scheduler = createScheduler({ services, jobs: JOBS });
  await scheduler.start();

  const lines = [
    `\nSimpul berjalan di / is running at ${url}`,
    `Basis data / database: ${services.database.kind} (${services.database.location})`,
  ];
  if (env.SIMPUL_DEMO) {
    lines.push(`Akun demo / demo accounts (kata sandi / password: ${DEMO_PASSWORD}):`);
    for (const account of DEMO_ACCOUNTS) lines.push(`  ${account.role.padEnd(14)} ${account.email}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await scheduler.stop();
      // An import's upkeep running behind its answer finishes before the database closes.
      await importUpkeepSettled();
      await services.database.close();
    })();
    return closing;
  };
  return { close, url };
}
