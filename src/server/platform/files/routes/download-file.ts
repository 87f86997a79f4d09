import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../context';
import { attachmentHeader } from '../../exports/export';
import { STANDARD_ERRORS, ZIdParam } from '../../openapi';
import { findReadableFile } from '../upload';

export const downloadFileRoute = createRoute({
  method: 'get',
  path: '/files/{id}/download',
  tags: ['Berkas'],
  summary: "A file's bytes, as an attachment",
  request: { params: ZIdParam },
  responses: { 200: { description: 'The file' }, ...STANDARD_ERRORS },
});

export const downloadFile: RouteHandler<typeof downloadFileRoute, AppEnv> = async (c) => {
  const row = await findReadableFile({ tx: c.get('db'), actor: c.get('actor') }, c.req.valid('param').id);
  const bytes = await c.get('services').files.get(row.storageKey);
  // Always a download, never rendered in our origin: an uploaded file cannot run as our page.
  c.header('Content-Type', row.mime);
  c.header('Content-Disposition', attachmentHeader(row.originalName));
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Content-Security-Policy', "default-src 'none'; sandbox");
  c.header('Cache-Control', 'private, no-store');
  return c.body(bytes as unknown as ArrayBuffer, 200);
};
