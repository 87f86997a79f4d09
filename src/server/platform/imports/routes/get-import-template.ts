import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../context';
import { attachmentHeader, EXPORT_CONTENT_TYPES } from '../../exports/export';
import { STANDARD_ERRORS } from '../../openapi';
import { buildTemplate } from '../template';
import type { ImportRegistry } from '../types';
import { definitionFor, ZKindParam } from './params';

export const getImportTemplateRoute = createRoute({
  method: 'get',
  path: '/imports/{kind}/template',
  tags: ['Impor'],
  summary: 'An empty file to fill in for an import, with the column headers in the user language',
  request: { params: ZKindParam, query: z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') }) },
  responses: { 200: { description: 'The template file' }, ...STANDARD_ERRORS },
});

export function getImportTemplateHandler(registry: ImportRegistry): RouteHandler<typeof getImportTemplateRoute, AppEnv> {
  return async (c) => {
    const definition = definitionFor(registry, c.req.valid('param').kind, c.get('actor'));
    const { format } = c.req.valid('query');
    const lang = c.get('lang');
    const bytes = await buildTemplate(definition, format, lang);
    c.header('Content-Type', EXPORT_CONTENT_TYPES[format]);
    c.header('Content-Disposition', attachmentHeader(`${definition.title[lang]}.${format}`));
    return c.body(bytes as unknown as ArrayBuffer, 200);
  };
}
