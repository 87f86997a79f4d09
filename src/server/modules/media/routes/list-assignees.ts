import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { user } from '../../../platform/auth/schema';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { mediaPolicy } from '../policy';
import { TAG } from './common';

export const listAssigneesRoute = createRoute({
  method: 'get',
  path: '/media/interviews/assignees',
  tags: [TAG],
  summary: 'Who an interview request can be assigned to: active staff, coordinators and the head (names only)',
  responses: {
    200: jsonResponse(
      z.object({ items: z.array(z.object({ id: z.string(), name: z.string(), role: z.string(), unitId: z.string().nullable() })) }),
    ),
    ...STANDARD_ERRORS,
  },
});

export const listAssigneesHandler: RouteHandler<typeof listAssigneesRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), mediaPolicy, 'media.interview.assign');
  const rows = await c
    .get('db')
    .select({ id: user.id, name: user.name, role: user.role, unitId: user.unitId })
    .from(user)
    .where(and(eq(user.active, true), inArray(user.role, ['staf', 'koordinator', 'kepala_biro'])))
    .orderBy(asc(user.name));
  return c.json({ items: rows.map((r) => ({ ...r, role: r.role ?? '' })) }, 200);
};
