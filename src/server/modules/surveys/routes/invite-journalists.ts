import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { AppError } from '../../../platform/errors';
import { jsonBody, jsonResponse, STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { invitableJournalists, mediaPolicy } from '../../media';
import { createInvitations as createCommand } from '../commands/invitations';
import { respondentPath } from '../presenters';
import { surveyFor } from './access';

export const inviteJournalistsRoute = createRoute({
  method: 'post',
  path: '/surveys/{id}/invitations/journalists',
  tags: ['Survei'],
  summary:
    'One personal invitation per journalist of the media contacts who may be contacted (optionally only those served in a year), with their e-mail for sending it; shown only in this answer',
  request: {
    params: ZIdParam,
    body: jsonBody(z.strictObject({ servedInYear: z.number().int().min(2000).max(2100).nullable().optional() })),
  },
  responses: {
    201: jsonResponse(
      z.object({
        items: z.array(z.object({ id: z.string(), name: z.string(), email: z.string(), path: z.string() })),
      }),
      'Created',
    ),
    ...STANDARD_ERRORS,
  },
});

export const inviteJournalists: RouteHandler<typeof inviteJournalistsRoute, AppEnv> = async (c) => {
  const { actor, survey } = await surveyFor(c, c.req.valid('param').id, 'surveys.manage');
  // The names and e-mails come from the media contacts: whoever invites must be one who reads them.
  authorize(actor, mediaPolicy, 'media.contacts.read');
  if (survey.kind !== 'ikm') throw new AppError('INVALID_STATE');
  const db = c.get('db');
  const people = await invitableJournalists(db, c.req.valid('json').servedInYear ?? undefined);
  // Unnamed invitations: which link went to whom is only in this answer (the list the sender
  // downloads), so an answer cannot be traced back to a journalist (spec 90: anonymous surveys stay so).
  const created = await db.transaction((tx) =>
    createCommand(
      { tx, actor, meta: c.get('meta') },
      survey.id,
      people.map(() => ({})),
    ),
  );
  return c.json(
    {
      items: created.map((inv, i) => ({
        id: inv.id,
        name: people[i]!.name,
        email: people[i]!.email,
        path: respondentPath(inv.token),
      })),
    },
    201,
  );
};
