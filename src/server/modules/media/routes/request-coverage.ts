import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { ZCoverage, ZCoverageRequest } from '../../../../shared/media';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonBody, jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { requestCoverage } from '../commands/coverage';
import { mediaPolicy } from '../policy';
import { presentCoverage } from '../presenters';
import { TAG } from './common';

export const requestCoverageRoute = createRoute({
  method: 'post',
  path: '/media/coverage',
  tags: [TAG],
  summary: 'Request coverage of a strategic activity (a unit user for its own unit)',
  request: { body: jsonBody(ZCoverageRequest) },
  responses: { 201: jsonResponse(ZCoverage, 'Created'), ...STANDARD_ERRORS },
});

export const requestCoverageHandler: RouteHandler<typeof requestCoverageRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, mediaPolicy, 'media.coverage.request');
  const row = await c.get('db').transaction((tx) => requestCoverage({ tx, actor, meta: c.get('meta') }, c.req.valid('json')));
  return c.json(presentCoverage(row), 201);
};
