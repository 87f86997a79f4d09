import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './context';
import { AppError } from './errors';
import { zodFieldErrors } from './validation';

/**
 * A module's router. Every validation failure becomes the one error shape (`VALIDATION` with the
 * fields), in the user's language.
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        throw new AppError('VALIDATION', { fields: zodFieldErrors(result.error, c.get('lang')) });
      }
    },
  });
}

export type Router = ReturnType<typeof createRouter>;
