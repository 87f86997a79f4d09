import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { ZMediaSettings } from '../../../../shared/media';
import { recordAudit } from '../../../platform/audit/record';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonBody, jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { mediaPolicy } from '../policy';
import { getMediaSettings, putMediaSettings } from '../settings';
import { TAG } from './common';

export const updateSettingsRoute = createRoute({
  method: 'put',
  path: '/media/settings',
  tags: [TAG],
  summary: "Change the media module's settings",
  request: { body: jsonBody(ZMediaSettings) },
  responses: { 200: jsonResponse(ZMediaSettings), ...STANDARD_ERRORS },
});

export const updateSettingsHandler: RouteHandler<typeof updateSettingsRoute, AppEnv> = async (c) => {
  const actor = c.get('actor');
  authorize(actor, mediaPolicy, 'media.settings.edit');
  const value = c.req.valid('json');
  await c.get('db').transaction(async (tx) => {
    const before = await getMediaSettings(tx);
    await putMediaSettings(tx, value);
    await recordAudit(tx, { actor, meta: c.get('meta'), action: 'update', entityType: 'media_settings', before, after: value });
  });
  return c.json(value, 200);
};
