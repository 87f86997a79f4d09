import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { ZImportBatch } from '../../../../shared/imports';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { AppError } from '../../../platform/errors';
import { multipartBody, uploadedFile, ZFileField } from '../../../platform/files/upload-form';
import { previewImport } from '../../../platform/imports/pipeline';
import { presentBatch } from '../../../platform/imports/presenters';
import { jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { previewDuplicates } from '../imports/duplicates-preview';
import { remapFile } from '../imports/mapping';
import { newsImport } from '../imports/news-import';
import { mediaPolicy } from '../policy';
import { TAG } from './common';

const ZMapping = z.record(z.string().max(200), z.string().max(60).nullable());

export const importPreviewRoute = createRoute({
  method: 'post',
  path: '/media/news/import/preview',
  tags: [TAG],
  summary:
    'Preview a news file through the import pipeline, its columns renamed by `mapping` (a vendor export); lists the rows that repeat a stored item or an earlier row. Commit with POST /imports/news/{batchId}/commit',
  request: { body: multipartBody(z.object({ file: ZFileField, mapping: z.string().max(20_000).optional() })) },
  responses: {
    201: jsonResponse(
      z.object({
        batch: ZImportBatch,
        duplicates: z.array(
          z.object({
            row: z.number().int(),
            reason: z.enum(['url', 'syndicated']),
            ofRow: z.number().int().nullable(),
            existing: z.object({ id: z.string(), title: z.string(), outletName: z.string(), publishedDate: z.string() }).nullable(),
          }),
        ),
      }),
      'The preview',
    ),
    ...STANDARD_ERRORS,
  },
});

export const importPreviewHandler: RouteHandler<typeof importPreviewRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, mediaPolicy, 'media.news.import');
  const lang = c.get('lang');
  const form = c.req.valid('form');
  let file = await uploadedFile(c, form.file);
  if (form.mapping) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(form.mapping);
    } catch {
      throw new AppError('MALFORMED_JSON');
    }
    const mapping = ZMapping.safeParse(parsed);
    if (!mapping.success)
      throw new AppError('VALIDATION', { fields: [{ path: 'mapping', message: 'mapping: { "header": "column" | null }' }] });
    file = await remapFile(file, mapping.data, lang);
  }
  const db = c.get('db');
  const batch = await previewImport({ db, actor, meta: c.get('meta'), lang }, newsImport, file);
  return c.json({ batch: presentBatch(batch, newsImport, lang), duplicates: await previewDuplicates(db, batch) }, 201);
};
