import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { ZImportBatch } from '../../../../shared/imports';
import type { AppEnv } from '../../context';
import { multipartBody, uploadedFile, ZFileField } from '../../files/upload-form';
import { jsonResponse, STANDARD_ERRORS } from '../../openapi';
import { previewImport } from '../pipeline';
import { presentBatch } from '../presenters';
import type { ImportRegistry } from '../types';
import { definitionFor, ZKindParam } from './params';

export const previewImportRoute = createRoute({
  method: 'post',
  path: '/imports/{kind}/preview',
  tags: ['Impor'],
  summary: 'Read a CSV or XLSX file and preview it: every row, every error by row and column; nothing is saved yet',
  request: { params: ZKindParam, body: multipartBody(z.object({ file: ZFileField })) },
  responses: {
    201: jsonResponse(ZImportBatch, 'The preview'),
    ...STANDARD_ERRORS,
    413: jsonResponse(STANDARD_ERRORS[400].content['application/json'].schema, 'File too large'),
    415: jsonResponse(STANDARD_ERRORS[400].content['application/json'].schema, 'Not a CSV or XLSX file'),
  },
});

export function previewImportHandler(registry: ImportRegistry): RouteHandler<typeof previewImportRoute, AppEnv> {
  return async (c) => {
    const actor = c.get('actor');
    const definition = definitionFor(registry, c.req.valid('param').kind, actor);
    const file = await uploadedFile(c, c.req.valid('form').file);
    const lang = c.get('lang');
    const batch = await previewImport({ db: c.get('db'), actor: actor!, meta: c.get('meta'), lang }, definition, file);
    return c.json(presentBatch(batch, definition, lang), 201);
  };
}
