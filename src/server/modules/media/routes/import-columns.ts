import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { desc } from 'drizzle-orm';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { multipartBody, uploadedFile, ZFileField } from '../../../platform/files/upload-form';
import { readTable } from '../../../platform/imports/parse';
import { jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { suggestMapping } from '../imports/mapping';
import { NEWS_COLUMNS } from '../imports/news-import';
import { mediaPolicy } from '../policy';
import { mediaImportMappings } from '../schema';
import { TAG } from './common';

export const importColumnsRoute = createRoute({
  method: 'post',
  path: '/media/news/import/columns',
  tags: [TAG],
  summary: "The mapping step: a file's headers, the news column each most likely is, and the saved vendor mappings",
  request: { body: multipartBody(z.object({ file: ZFileField })) },
  responses: {
    200: jsonResponse(
      z.object({
        headers: z.array(z.string()),
        suggested: z.record(z.string(), z.string().nullable()),
        columns: z.array(z.object({ key: z.string(), header: z.string(), required: z.boolean() })),
        saved: z.array(z.object({ id: z.string(), name: z.string(), mapping: z.record(z.string(), z.string().nullable()) })),
        sample: z.array(z.array(z.string())),
      }),
    ),
    ...STANDARD_ERRORS,
  },
});

export const importColumnsHandler: RouteHandler<typeof importColumnsRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), mediaPolicy, 'media.news.import');
  const lang = c.get('lang');
  const file = await uploadedFile(c, c.req.valid('form').file);
  const table = await readTable(file.bytes, file.fileName, lang, 50_000);
  const headers = table.headers.filter((h) => h.trim() !== '');
  const saved = await c.get('db').select().from(mediaImportMappings).orderBy(desc(mediaImportMappings.createdAt)).limit(50);
  return c.json(
    {
      headers,
      suggested: suggestMapping(headers),
      columns: NEWS_COLUMNS.map((col) => ({ key: col.key, header: col.header[lang], required: col.required })),
      saved: saved.map((s) => ({ id: s.id, name: s.name, mapping: s.mapping as Record<string, string | null> })),
      sample: table.rows.slice(0, 3).map((r) => headers.map((_, i) => (r.cells[i] === undefined ? '' : String(r.cells[i])))),
    },
    200,
  );
};
