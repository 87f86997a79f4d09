import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { ZImportBatch, ZImportPage } from '../../../../shared/imports';
import type { AppEnv } from '../../context';
import { AppError } from '../../errors';
import { jsonResponse, requireActor, STANDARD_ERRORS } from '../../openapi';
import { findBatch } from '../pipeline';
import { presentBatch } from '../presenters';
import type { ImportRegistry } from '../types';
import { ZBatchParam } from './params';

export const getImportRoute = createRoute({
  method: 'get',
  path: '/imports/{batchId}',
  tags: ['Impor'],
  summary: 'An import preview (or its result), one page of rows at a time; only its creator sees it',
  request: { params: ZBatchParam, query: ZImportPage },
  responses: { 200: jsonResponse(ZImportBatch), ...STANDARD_ERRORS },
});

export function getImportHandler(registry: ImportRegistry): RouteHandler<typeof getImportRoute, AppEnv> {
  return async (c) => {
    const actor = requireActor(c);
    const batch = await findBatch(c.get('db'), actor, c.req.valid('param').batchId);
    const definition = registry[batch.kind];
    if (!definition) throw new AppError('NOT_FOUND');
    return c.json(presentBatch(batch, definition, c.get('lang'), c.req.valid('query')), 200);
  };
}
