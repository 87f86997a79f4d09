import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { desc, eq } from 'drizzle-orm';
import { ZCreateStudyRequest, ZStudy, ZUpdateStudyRequest } from '../../../../shared/surveys';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonBody, jsonResponse, STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { createStudy, getStudy, updateStudy } from '../commands/studies';
import { surveysPolicy } from '../policy';
import { presentStudy } from '../presenters';
import { surveyStudies } from '../schema';

// A pollster's study: list, create, read, correct. Four small endpoints over one record type.

export const listStudiesRoute = createRoute({
  method: 'get',
  path: '/survey-studies',
  tags: ['Survei'],
  summary: 'Studies entered as aggregate results (public opinion), newest first',
  request: { query: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }) },
  responses: { 200: jsonResponse(z.object({ items: z.array(ZStudy) })), ...STANDARD_ERRORS },
});

export const listStudies: RouteHandler<typeof listStudiesRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), surveysPolicy, 'surveys.read');
  const { year } = c.req.valid('query');
  const rows = await c
    .get('db')
    .select()
    .from(surveyStudies)
    .where(year ? eq(surveyStudies.year, year) : undefined)
    .orderBy(desc(surveyStudies.year), surveyStudies.code)
    .limit(1000);
  return c.json({ items: rows.map(presentStudy) }, 200);
};

export const createStudyRoute = createRoute({
  method: 'post',
  path: '/survey-studies',
  tags: ['Survei'],
  summary: 'Enter a study’s aggregate results: national index, aspects, previous year, evidence',
  request: { body: jsonBody(ZCreateStudyRequest) },
  responses: { 201: jsonResponse(ZStudy, 'Created'), ...STANDARD_ERRORS },
});

export const createStudyHandler: RouteHandler<typeof createStudyRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  const input = c.req.valid('json');
  authorize(actor, surveysPolicy, 'surveys.manage', { unitId: input.unitId ?? actor?.unitId ?? null });
  const row = await c.get('db').transaction((tx) => createStudy({ tx, actor, meta: c.get('meta') }, input));
  return c.json(presentStudy(row), 201);
};

export const getStudyRoute = createRoute({
  method: 'get',
  path: '/survey-studies/{id}',
  tags: ['Survei'],
  summary: 'One study',
  request: { params: ZIdParam },
  responses: { 200: jsonResponse(ZStudy), ...STANDARD_ERRORS },
});

export const getStudyHandler: RouteHandler<typeof getStudyRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), surveysPolicy, 'surveys.read');
  return c.json(presentStudy(await getStudy(c.get('db'), c.req.valid('param').id)), 200);
};

export const updateStudyRoute = createRoute({
  method: 'patch',
  path: '/survey-studies/{id}',
  tags: ['Survei'],
  summary: 'Correct a study’s figures or evidence',
  request: { params: ZIdParam, body: jsonBody(ZUpdateStudyRequest) },
  responses: { 200: jsonResponse(ZStudy), ...STANDARD_ERRORS },
});

export const updateStudyHandler: RouteHandler<typeof updateStudyRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  const db = c.get('db');
  // Checked before the lookup too, so that an anonymous caller cannot learn which ids exist.
  authorize(actor, surveysPolicy, 'surveys.manage');
  const study = await getStudy(db, c.req.valid('param').id);
  authorize(actor, surveysPolicy, 'surveys.manage', study);
  const input = c.req.valid('json');
  if (input.unitId !== undefined) authorize(actor, surveysPolicy, 'surveys.manage', { unitId: input.unitId });
  const row = await db.transaction((tx) => updateStudy({ tx, actor, meta: c.get('meta') }, study.id, input));
  return c.json(presentStudy(row), 200);
};
