import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { ZFile } from '../../../../shared/files';
import type { AppEnv } from '../../context';
import { jsonResponse, STANDARD_ERRORS, ZIdParam } from '../../openapi';
import { presentFile } from '../presenters';
import { findReadableFile } from '../upload';

export const getFileRoute = createRoute({
  method: 'get',
  path: '/files/{id}',
  tags: ['Berkas'],
  summary: "A file's description",
  request: { params: ZIdParam },
  responses: { 200: jsonResponse(ZFile), ...STANDARD_ERRORS },
});

export const getFile: RouteHandler<typeof getFileRoute, AppEnv> = async (c) => {
  const row = await findReadableFile({ tx: c.get('db'), actor: c.get('actor') }, c.req.valid('param').id);
  return c.json(presentFile(row), 200);
};
