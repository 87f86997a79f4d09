import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { asc } from 'drizzle-orm';
import { ZUnit } from '../../../../shared/org';
import { authorize } from '../../../platform/authorize';
import { jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import type { AppEnv } from '../../../platform/context';
import { orgPolicy } from '../policy';
import { presentUnit } from '../presenters';
import { units } from '../schema';

export const listUnitsRoute = createRoute({
  method: 'get',
  path: '/units',
  tags: ['Organisasi'],
  summary: 'The unit tree (flat, each with its parent)',
  responses: { 200: jsonResponse(z.object({ items: z.array(ZUnit) })), ...STANDARD_ERRORS },
});

export const listUnits: RouteHandler<typeof listUnitsRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), orgPolicy, 'org.unit.read');
  const rows = await c.get('db').select().from(units).orderBy(asc(units.code));
  return c.json({ items: rows.map(presentUnit) }, 200);
};
