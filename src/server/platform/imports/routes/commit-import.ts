import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { ZImportBatch } from '../../../../shared/imports';
import type { AppEnv } from '../../context';
import { AppError } from '../../errors';
import { jsonResponse, requireActor, STANDARD_ERRORS } from '../../openapi';
import { commitImport } from '../pipeline';
import { presentBatch } from '../presenters';
import type { ImportRegistry } from '../types';
import { ZBatchParam } from './params';

export const commitImportRoute = createRoute({
  method: 'post',
  path: '/imports/{batchId}/commit',
  tags: ['Impor'],
  summary: 'Save a previewed import, all rows or none; refused (422) while it has errors, 409 when already saved',
  request: { params: ZBatchParam },
  responses: {
    200: jsonResponse(ZImportBatch, 'Saved'),
    ...STANDARD_ERRORS,
    422: jsonResponse(STANDARD_ERRORS[400].content['application/json'].schema, 'The rows have errors; nothing was saved'),
  },
});

export function commitImportHandler(registry: ImportRegistry): RouteHandler<typeof commitImportRoute, AppEnv> {
  return async (c) => {
    const actor = requireActor(c);
    const lang = c.get('lang');
    const batch = await commitImport({ db: c.get('db'), actor, meta: c.get('meta'), lang }, registry, c.req.valid('param').batchId);
    const definition = registry[batch.kind];
    if (!definition) throw new AppError('NOT_FOUND');
    return c.json(presentBatch(batch, definition, lang, { offset: 0, limit: 0 }), 200);
  };
}
