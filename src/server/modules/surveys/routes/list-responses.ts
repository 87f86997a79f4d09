import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { EXPORT_CONTENT, respondWithExport, ZExportQuery } from '../../../platform/exports/list-export';
import type { AppEnv } from '../../../platform/context';
import { STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { loadSurveyData } from '../queries/load';
import { questionsOf, textIn } from '../questionnaire';
import { surveyFor } from './access';

const ZList = z.object({
  total: z.number(),
  questions: z.array(z.object({ code: z.string(), text: z.string() })),
  items: z.array(
    z.object({
      id: z.string(),
      version: z.number(),
      source: z.string(),
      unitId: z.string().nullable(),
      submittedAt: z.string(),
      answers: z.record(z.string(), z.unknown()),
    }),
  ),
});

export const listResponsesRoute = createRoute({
  method: 'get',
  path: '/surveys/{id}/responses',
  tags: ['Survei'],
  summary: 'The responses (anonymous), as JSON or, with ?format=xlsx|csv, as a file with one column per question',
  request: {
    params: ZIdParam,
    query: ZExportQuery.extend({
      limit: z.coerce.number().int().min(1).max(1000).default(100),
      offset: z.coerce.number().int().min(0).default(0),
    }),
  },
  responses: {
    200: { description: 'Responses', content: { 'application/json': { schema: ZList }, ...EXPORT_CONTENT } },
    ...STANDARD_ERRORS,
  },
});

export const listResponses: RouteHandler<typeof listResponsesRoute, AppEnv> = async (c) => {
  const { format, limit, offset } = c.req.valid('query');
  const { survey } = await surveyFor(c, c.req.valid('param').id, format ? 'surveys.export' : 'surveys.read');
  const lang = c.get('lang');
  const data = await loadSurveyData(c.get('db'), survey);
  // Every question of every version, current ones first: an export keeps answers to retired questions too.
  const seen = new Map<string, string>();
  for (const q of [data.current, ...data.versions.values()])
    for (const x of questionsOf(q)) if (!seen.has(x.code)) seen.set(x.code, textIn(x.text, lang));
  const questions = [...seen].map(([code, text]) => ({ code, text }));
  if (format) {
    return respondWithExport(c, {
      rows: data.responses,
      format,
      filters: { survey: survey.code },
      entityType: 'survey_response',
      fileName: { id: `jawaban-${survey.code}`, en: `responses-${survey.code}` },
      columns: [
        { header: { id: 'Versi', en: 'Version' }, value: (r) => r.version },
        { header: { id: 'Sumber', en: 'Source' }, value: (r) => r.source },
        { header: { id: 'Diterima', en: 'Received' }, value: (r) => r.submittedAt.toISOString() },
        ...questions.map((q) => ({
          header: { id: q.code, en: q.code },
          value: (r: (typeof data.responses)[number]) => {
            const v = r.answers[q.code];
            return Array.isArray(v) ? v.join('; ') : (v ?? null);
          },
        })),
      ],
    });
  }
  const page = data.responses.slice(offset, offset + limit);
  return c.json(
    {
      total: data.responses.length,
      questions,
      items: page.map((r) => ({
        id: r.id,
        version: r.version,
        source: r.source,
        unitId: r.unitId,
        submittedAt: r.submittedAt.toISOString(),
        answers: r.answers,
      })),
    },
    200,
  );
};
