import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { ZImportBatch } from '../../../../shared/imports';
import type { AppEnv } from '../../../platform/context';
import { multipartBody, uploadedFile, ZFileField } from '../../../platform/files/upload-form';
import { jsonResponse, STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { readTable } from '../../../platform/imports/parse';
import { commitImport, DEFAULT_MAX_ROWS, previewImport } from '../../../platform/imports/pipeline';
import { presentBatch } from '../../../platform/imports/presenters';
import { currentQuestionnaire } from '../commands/surveys';
import { assertElementColumns, responsesImport } from '../imports';
import { surveyFor } from './access';

// Respondent-level answers from a survey run elsewhere, through the shared import pipeline:
// preview (every error by row and column, nothing saved), then commit all rows or none.

const ERROR_RESPONSES = {
  ...STANDARD_ERRORS,
  413: jsonResponse(STANDARD_ERRORS[400].content['application/json'].schema, 'File too large'),
  415: jsonResponse(STANDARD_ERRORS[400].content['application/json'].schema, 'Not a CSV or XLSX file'),
  422: jsonResponse(STANDARD_ERRORS[400].content['application/json'].schema, 'The rows have errors; nothing was saved'),
};

export const previewResponsesImportRoute = createRoute({
  method: 'post',
  path: '/surveys/{id}/imports/preview',
  tags: ['Survei'],
  summary: 'Preview a CSV/XLSX of responses: columns U1…Un (1–4), choice and text questions by code',
  request: { params: ZIdParam, body: multipartBody(z.object({ file: ZFileField })) },
  responses: { 201: jsonResponse(ZImportBatch, 'The preview'), ...ERROR_RESPONSES },
});

export const previewResponsesImport: RouteHandler<typeof previewResponsesImportRoute, AppEnv> = async (c) => {
  const { actor, survey } = await surveyFor(c, c.req.valid('param').id, 'surveys.manage');
  const db = c.get('db');
  const lang = c.get('lang');
  const file = await uploadedFile(c, c.req.valid('form').file);
  const questionnaire = await currentQuestionnaire(db, survey);
  const definition = responsesImport(survey, questionnaire);
  assertElementColumns(await readTable(file.bytes, file.fileName, lang, definition.maxRows ?? DEFAULT_MAX_ROWS), questionnaire, lang);
  const batch = await previewImport({ db, actor, meta: c.get('meta'), lang }, definition, file);
  return c.json(presentBatch(batch, definition, lang), 201);
};

export const commitResponsesImportRoute = createRoute({
  method: 'post',
  path: '/surveys/{id}/imports/{batchId}/commit',
  tags: ['Survei'],
  summary: 'Save a previewed import of responses, all rows or none',
  request: {
    params: ZIdParam.extend({
      batchId: z
        .string()
        .uuid()
        .openapi({ param: { name: 'batchId', in: 'path' } }),
    }),
  },
  responses: { 200: jsonResponse(ZImportBatch, 'Saved'), ...ERROR_RESPONSES },
});

export const commitResponsesImport: RouteHandler<typeof commitResponsesImportRoute, AppEnv> = async (c) => {
  const { id, batchId } = c.req.valid('param');
  const { actor, survey } = await surveyFor(c, id, 'surveys.manage');
  const db = c.get('db');
  const lang = c.get('lang');
  const definition = responsesImport(survey, await currentQuestionnaire(db, survey));
  // The registry holds this survey's import only: a batch previewed for another survey is not found.
  const batch = await commitImport({ db, actor, meta: c.get('meta'), lang }, { [definition.kind]: definition }, batchId);
  return c.json(presentBatch(batch, definition, lang, { offset: 0, limit: 0 }), 200);
};
