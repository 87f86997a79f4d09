import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { asc, eq } from 'drizzle-orm';
import type { AppEnv } from '../../../platform/context';
import { jsonResponse, STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { surveyInvitations } from '../schema';
import { surveyFor } from './access';

export const listInvitationsRoute = createRoute({
  method: 'get',
  path: '/surveys/{id}/invitations',
  tags: ['Survei'],
  summary: 'The survey’s invitations and whether each has been used (the links themselves are not kept)',
  request: { params: ZIdParam },
  responses: {
    200: jsonResponse(
      z.object({
        items: z.array(
          z.object({
            id: z.string(),
            label: z.string().nullable(),
            unitId: z.string().nullable(),
            usedAt: z.string().nullable(),
            createdAt: z.string(),
          }),
        ),
      }),
    ),
    ...STANDARD_ERRORS,
  },
});

export const listInvitations: RouteHandler<typeof listInvitationsRoute, AppEnv> = async (c) => {
  const { survey } = await surveyFor(c, c.req.valid('param').id, 'surveys.manage');
  const rows = await c
    .get('db')
    .select()
    .from(surveyInvitations)
    .where(eq(surveyInvitations.surveyId, survey.id))
    .orderBy(asc(surveyInvitations.createdAt), asc(surveyInvitations.id))
    .limit(5000);
  return c.json(
    {
      items: rows.map((r) => ({
        id: r.id,
        label: r.label,
        unitId: r.unitId,
        usedAt: r.usedAt?.toISOString() ?? null,
        createdAt: r.createdAt.toISOString(),
      })),
    },
    200,
  );
};
