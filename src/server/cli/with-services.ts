import { readEnv } from '../env';
import type { Services } from '../platform/context';
import { createServices } from '../services';

/** Runs a CLI command with the application's services (database migrated), then closes them. */
export async function withServices<T>(fn: (services: Services) => Promise<T>, overrides: Record<string, string> = {}): Promise<T> {
  const env = readEnv({ LOG_LEVEL: 'warn', ...process.env, ...overrides });
  const services = await createServices(env);
  try {
    return await fn(services);
  } finally {
    await services.database.close();
  }
}
