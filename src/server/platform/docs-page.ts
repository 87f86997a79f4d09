import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** swagger-ui-dist ships the docs page's assets: served from here, nothing from a CDN. */
export const DOCS_ASSETS_DIR = path.dirname(require.resolve('swagger-ui-dist/package.json'));

export function docsPage(): string {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Simpul API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/assets/swagger-initializer-simpul.js"></script>
</body>
</html>`;
}

/** Served as a file: the Content-Security-Policy allows no inline script. */
export const DOCS_INITIALIZER = "window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui' });\n";
