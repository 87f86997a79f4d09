import { z } from '@hono/zod-openapi';
import type { Context, TypedResponse } from 'hono';
import type { AppEnv } from './context';
import { AppError } from './errors';

/** The one error shape, as documented in the OpenAPI document. */
export const ZErrorBody = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z
        .array(z.object({ path: z.string(), message: z.string(), row: z.number().optional(), column: z.string().optional() }))
        .optional(),
    }),
  })
  .openapi('Error');

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ZErrorBody } } });

/** The error responses every authenticated endpoint may give. */
export const STANDARD_ERRORS = {
  400: errorResponse('Invalid input'),
  401: errorResponse('Not signed in'),
  403: errorResponse('Not allowed'),
  404: errorResponse('Not found'),
  409: errorResponse('Conflict'),
} as const;

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { content: { 'application/json': { schema } }, required: true } as const;
}

export function jsonResponse<T extends z.ZodType>(schema: T, description = 'OK') {
  return { description, content: { 'application/json': { schema } } } as const;
}

export const ZIdParam = z.object({
  id: z
    .string()
    .uuid()
    .openapi({ param: { name: 'id', in: 'path' } }),
});

/** The signed-in actor, or a 401. */
export function requireActor(c: Context<AppEnv>) {
  const actor = c.get('actor');
  if (!actor) throw new AppError('UNAUTHENTICATED');
  return actor;
}

/**
 * A 200 whose JSON body was written elsewhere (by the database, as one text or its bytes), typed as the value
 * it holds so the route and its typed clients keep the response's type.
 */
export function preparedJson<T>(c: Context, body: string | Uint8Array): Response & TypedResponse<T, 200, 'json'> {
  const headers = { 'Content-Type': 'application/json' };
  // The bytes of a page the database sent as base64 (db/json-text.ts) go out as they are.
  const response = typeof body === 'string' ? c.body(body, 200, headers) : c.body(body as Uint8Array<ArrayBuffer>, 200, headers);
  return response as unknown as Response & TypedResponse<T, 200, 'json'>;
}
