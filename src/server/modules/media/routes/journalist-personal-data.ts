import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { ZJournalist } from '../../../../shared/media';
import { recordAudit } from '../../../platform/audit/record';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonResponse, STANDARD_ERRORS, ZIdParam } from '../../../platform/openapi';
import { personalData } from '../commands/contacts';
import { mediaPolicy } from '../policy';
import { presentJournalist } from '../presenters-contacts';
import { TAG } from './common';

export const journalistPersonalDataRoute = createRoute({
  method: 'get',
  path: '/media/journalists/{id}/personal-data',
  tags: [TAG],
  summary: "A person's data and its processing history, as the person may ask for it (UU 27/2022)",
  request: { params: ZIdParam },
  responses: {
    200: jsonResponse(
      z.object({
        person: ZJournalist,
        requests: z.array(
          z.object({
            number: z.string(),
            receivedAt: z.string(),
            topic: z.string(),
            status: z.string(),
            consentAt: z.string().nullable(),
            consentNoticeVersion: z.string().nullable(),
          }),
        ),
        history: z.array(z.object({ at: z.string(), action: z.string(), actor: z.string().nullable() })),
      }),
    ),
    ...STANDARD_ERRORS,
  },
});

export const journalistPersonalDataHandler: RouteHandler<typeof journalistPersonalDataRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, mediaPolicy, 'media.contacts.personal_data');
  const { id } = c.req.valid('param');
  const data = await personalData(c.get('db'), id);
  // Taking a person's data out is itself processing: the trail records who did it.
  await recordAudit(c.get('db'), { actor, meta: c.get('meta'), action: 'export', entityType: 'media_journalist', entityId: id });
  return c.json(
    {
      person: presentJournalist(data.person),
      requests: data.requests.map((r) => ({ ...r, receivedAt: r.receivedAt.toISOString(), consentAt: r.consentAt?.toISOString() ?? null })),
      history: data.history.map((h) => ({ ...h, at: h.at.toISOString() })),
    },
    200,
  );
};
