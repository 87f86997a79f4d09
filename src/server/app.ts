import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OpenAPIHono } from '@hono/zod-openapi';
import { serveStatic } from '@hono/node-server/serve-static';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { IMPORTS, POLICIES } from './modules';
import { createMediaRouter } from './modules/media';
import { MEASURES } from './modules/measures';
import { orgRouter } from './modules/org';
import { createPerformanceRouter } from './modules/performance';
import { surveysRouter } from './modules/surveys';
import { auditRouter } from './platform/audit';
import { authRoutes } from './platform/auth/routes';
import { sessionMiddleware } from './platform/auth/session';
import type { AppEnv, Services } from './platform/context';
import { DOCS_ASSETS_DIR, DOCS_INITIALIZER, docsPage } from './platform/docs-page';
import { AppError, errorBody, HTTP_STATUS } from './platform/errors';
import { filesRouter } from './platform/files';
import { importsRouter } from './platform/imports';
import { meRouter } from './platform/me';
import { notificationsRouter } from './platform/notify';
import { clientAddress, languageOf } from './platform/request';
import { csrfGuard, securityHeaders } from './platform/security';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_DIST = path.join(ROOT, 'dist/web');

/** JSON bodies are small; file uploads have their own, larger limit. */
const JSON_BODY_LIMIT = 1024 * 1024;

export interface AppOptions {
  /** Set when the database is migrated and the app may answer /healthz with 200. */
  isReady?: () => boolean;
}

/** Builds the whole application: platform middleware, then each module's router under /api. */
export function createApp(services: Services, options: AppOptions = {}) {
  const production = services.env.NODE_ENV === 'production';
  const baseUrl = services.env.SIMPUL_BASE_URL ?? `http://localhost:${services.env.PORT}`;
  const app = new OpenAPIHono<AppEnv>();

  app.use('*', requestId());
  app.use('*', async (c, next) => {
    c.set('services', services);
    c.set('db', services.db);
    c.set('actor', null);
    c.set('lang', languageOf(c));
    c.set('meta', {
      ip: clientAddress(c, services.env.SIMPUL_TRUST_PROXY),
      userAgent: c.req.header('user-agent') ?? null,
      requestId: c.get('requestId'),
    });
    await next();
  });
  app.use('*', securityHeaders(production));

  app.get('/healthz', (c) => {
    const ready = options.isReady?.() ?? true;
    return c.json({ status: ready ? 'ok' : 'starting', database: services.database.kind }, ready ? 200 : 503);
  });

  app.use('/api/*', async (c, next) => {
    // Uploads and imports declare their own limit; everything else is JSON and small.
    const uploads = c.req.path.startsWith('/api/files') || c.req.path.includes('/imports');
    const limit = uploads ? services.env.SIMPUL_MAX_UPLOAD_MB * 1024 * 1024 : JSON_BODY_LIMIT;
    return bodyLimit({
      maxSize: limit,
      onError: () => {
        throw new AppError('PAYLOAD_TOO_LARGE', { params: { limit: `${Math.round(limit / 1024 / 1024)} MB` } });
      },
    })(c, next);
  });
  app.use('/api/*', csrfGuard([baseUrl]));
  app.use('/api/*', sessionMiddleware());
  app.use('/api/*', async (c, next) => {
    await next();
    // Personal data and records: never kept in a shared cache.
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
  });

  app.route('/api/auth', authRoutes());

  const api = app
    .route('/api', meRouter(POLICIES))
    .route('/api', orgRouter)
    .route('/api', auditRouter)
    .route('/api', createPerformanceRouter(MEASURES))
    .route('/api', createMediaRouter())
    .route('/api', surveysRouter)
    .route('/api', importsRouter(IMPORTS))
    .route('/api', filesRouter)
    .route('/api', notificationsRouter);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Simpul API', version: '0.1.0', description: 'API of Simpul. Errors: { "error": { "code", "message", "fields"? } }.' },
  });
  app.get('/api/docs', (c) => c.html(docsPage()));
  app.get('/api/docs/assets/swagger-initializer-simpul.js', (c) =>
    c.body(DOCS_INITIALIZER, 200, { 'Content-Type': 'application/javascript; charset=utf-8' }),
  );
  app.use(
    '/api/docs/assets/*',
    serveStatic({ root: path.relative(process.cwd(), DOCS_ASSETS_DIR), rewriteRequestPath: (p) => p.replace('/api/docs/assets', '') }),
  );

  app.all('/api/*', () => {
    throw new AppError('NOT_FOUND');
  });

  // The web application: built files, and index.html for every client-side route.
  if (fs.existsSync(WEB_DIST)) {
    const root = path.relative(process.cwd(), WEB_DIST);
    // The JavaScript budget (spec 90) is counted compressed: serve it compressed.
    app.use('/assets/*', compress());
    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.ok) c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
    });
    app.use('/*', serveStatic({ root }));
    // A chunk that is not there (an old tab after a new build) is a 404, not the HTML page.
    app.get('/assets/*', (c) => c.notFound());
    const index = fs.readFileSync(path.join(WEB_DIST, 'index.html'), 'utf8');
    app.get('*', (c) => c.html(index));
  }

  app.onError((error, c) => {
    const lang = c.get('lang') ?? 'id';
    let appError: AppError;
    if (error instanceof AppError) appError = error;
    else if (error instanceof HTTPException && error.status === 400 && /json/i.test(error.message))
      appError = new AppError('MALFORMED_JSON');
    else if (error instanceof HTTPException && error.status === 413)
      appError = new AppError('PAYLOAD_TOO_LARGE', { params: { limit: '' } });
    else if (error instanceof HTTPException && error.status === 415) appError = new AppError('UNSUPPORTED_MEDIA_TYPE');
    else {
      services.logger.error({ err: error, requestId: c.get('requestId'), path: c.req.path }, 'unhandled error');
      appError = new AppError('INTERNAL');
    }
    return c.json(errorBody(appError, lang), HTTP_STATUS[appError.code]);
  });
  app.notFound((c) => c.json(errorBody(new AppError('NOT_FOUND'), c.get('lang') ?? 'id'), 404));

  return Object.assign(app, { api });
}

export type App = ReturnType<typeof createApp>;
/** The typed API, for the web's Hono RPC client. */
export type AppType = App['api'];
