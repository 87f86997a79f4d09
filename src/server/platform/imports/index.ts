import { createRouter } from '../router';
import { commitImportHandler, commitImportRoute } from './routes/commit-import';
import { getImportHandler, getImportRoute } from './routes/get-import';
import { getImportTemplateHandler, getImportTemplateRoute } from './routes/get-import-template';
import { previewImportHandler, previewImportRoute } from './routes/preview-import';
import type { ImportRegistry } from './types';

export { cell } from './cells';
export { defineImport, type ImportDefinition, type ImportIssue, type ImportRegistry, type ImportRow } from './types';

/** The generic import endpoints, serving the kinds of the registry (src/server/modules/index.ts). */
export function importsRouter(registry: ImportRegistry) {
  return createRouter()
    .openapi(getImportTemplateRoute, getImportTemplateHandler(registry))
    .openapi(previewImportRoute, previewImportHandler(registry))
    .openapi(getImportRoute, getImportHandler(registry))
    .openapi(commitImportRoute, commitImportHandler(registry));
}
