import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { ZFile } from '../../../../shared/files';
import type { AppEnv } from '../../context';
import { jsonResponse, requireActor, STANDARD_ERRORS } from '../../openapi';
import { presentFile } from '../presenters';
import { saveFile } from '../upload';
import { multipartBody, uploadedFile, ZFileField } from '../upload-form';

const ERROR = STANDARD_ERRORS[400].content['application/json'].schema;

export const uploadFileRoute = createRoute({
  method: 'post',
  path: '/files',
  tags: ['Berkas'],
  summary: 'Upload a file (PDF, DOCX, XLSX, PNG, JPG, CSV, TXT), its type checked by content',
  request: {
    body: multipartBody(
      z.object({
        file: ZFileField,
        unitId: z.string().uuid().optional().openapi({ description: 'the owning unit (bureau roles only; default: own unit)' }),
      }),
    ),
  },
  responses: {
    201: jsonResponse(ZFile, 'Stored'),
    ...STANDARD_ERRORS,
    413: jsonResponse(ERROR, 'File too large'),
    415: jsonResponse(ERROR, 'Type not allowed, or content not matching the extension'),
  },
});

export const uploadFile: RouteHandler<typeof uploadFileRoute, AppEnv> = async (c) => {
  const actor = requireActor(c);
  const form = c.req.valid('form');
  const file = await uploadedFile(c, form.file);
  const { files } = c.get('services');
  const row = await c
    .get('db')
    .transaction((tx) => saveFile({ tx, actor, meta: c.get('meta') }, files, { ...file, unitId: form.unitId, lang: c.get('lang') }));
  return c.json(presentFile(row), 201);
};
