import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../../platform/context';
import { jsonBody, jsonResponse, STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { createInvitations as createCommand } from '../commands/invitations';
import { respondentPath } from '../presenters';
import { surveyFor } from './access';

const ZRequest = z
  .strictObject({
    /** Unnamed invitations, e.g. to hand out one per journalist served. */
    count: z.number().int().min(1).max(1000).optional(),
    /** Or named ones (a person, a unit). */
    invitations: z
      .array(z.strictObject({ label: z.string().trim().max(200).nullable().optional(), unitId: z.string().nullable().optional() }))
      .max(1000)
      .optional(),
  })
  .refine((r) => (r.count ?? 0) + (r.invitations?.length ?? 0) > 0, { message: 'count or invitations', path: ['count'] });

export const createInvitationsRoute = createRoute({
  method: 'post',
  path: '/surveys/{id}/invitations',
  tags: ['Survei'],
  summary: 'Personal invitation links (one response each); the links are shown only in this answer',
  request: { params: ZIdParam, body: jsonBody(ZRequest) },
  responses: {
    201: jsonResponse(
      z.object({
        items: z.array(z.object({ id: z.string(), label: z.string().nullable(), unitId: z.string().nullable(), path: z.string() })),
      }),
      'Created',
    ),
    ...STANDARD_ERRORS,
  },
});

export const createInvitations: RouteHandler<typeof createInvitationsRoute, AppEnv> = async (c) => {
  const { actor, survey } = await surveyFor(c, c.req.valid('param').id, 'surveys.manage');
  const input = c.req.valid('json');
  const wanted = [...(input.invitations ?? []), ...Array.from({ length: input.count ?? 0 }, () => ({}))];
  const created = await c.get('db').transaction((tx) => createCommand({ tx, actor, meta: c.get('meta') }, survey.id, wanted));
  return c.json({ items: created.map((i) => ({ id: i.id, label: i.label, unitId: i.unitId, path: respondentPath(i.token) })) }, 201);
};
