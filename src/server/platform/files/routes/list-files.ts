import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { ZFile } from '../../../../shared/files';
import { authorize, unitScope } from '../../authorize';
import type { AppEnv } from '../../context';
import { EXPORT_CONTENT, EXPORT_MAX_ROWS, respondWithExport, ZExportQuery } from '../../exports/list-export';
import { STANDARD_ERRORS } from '../../openapi';
import { filesPolicy } from '../policy';
import { presentFile } from '../presenters';
import { files } from '../schema';

const ZListFilesQuery = ZExportQuery.extend({
  unitId: z.string().uuid().optional(),
  uploadedBy: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const listFilesRoute = createRoute({
  method: 'get',
  path: '/files',
  tags: ['Berkas'],
  summary: 'Uploaded files, newest first (unit users: their own unit only); `?format=xlsx|csv` exports the filtered list',
  request: { query: ZListFilesQuery },
  responses: {
    200: { description: 'The files', content: { 'application/json': { schema: z.object({ items: z.array(ZFile) }) }, ...EXPORT_CONTENT } },
    ...STANDARD_ERRORS,
  },
});

export const listFiles: RouteHandler<typeof listFilesRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, filesPolicy, 'files.read');
  const { format, limit, ...filters } = c.req.valid('query');
  const where: (SQL | undefined)[] = [unitScope(actor, files.unitId)];
  if (filters.unitId) where.push(eq(files.unitId, filters.unitId));
  if (filters.uploadedBy) where.push(eq(files.uploadedBy, filters.uploadedBy));
  const rows = await c
    .get('db')
    .select()
    .from(files)
    .where(and(...where))
    .orderBy(desc(files.createdAt), desc(files.id))
    .limit(format ? EXPORT_MAX_ROWS + 1 : limit);
  if (format) {
    return respondWithExport(c, {
      rows,
      format,
      fileName: { id: 'berkas', en: 'files' },
      entityType: 'file',
      filters,
      columns: [
        { header: { id: 'Nama berkas', en: 'File name' }, value: (r) => r.originalName, width: 40 },
        { header: { id: 'Jenis', en: 'Type' }, value: (r) => r.mime, width: 30 },
        { header: { id: 'Ukuran (bita)', en: 'Size (bytes)' }, value: (r) => r.size },
        { header: { id: 'Unit', en: 'Unit' }, value: (r) => r.unitId, width: 38 },
        { header: { id: 'Diunggah oleh', en: 'Uploaded by' }, value: (r) => r.uploadedBy, width: 38 },
        { header: { id: 'Waktu unggah', en: 'Uploaded at' }, value: (r) => r.createdAt, width: 22 },
        { header: { id: 'SHA-256', en: 'SHA-256' }, value: (r) => r.sha256, width: 66 },
      ],
    });
  }
  return c.json({ items: rows.map(presentFile) }, 200);
};
