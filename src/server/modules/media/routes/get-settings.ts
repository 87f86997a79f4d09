import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { ZMediaSettings } from '../../../../shared/media';
import { authorize } from '../../../platform/authorize';
import type { AppEnv } from '../../../platform/context';
import { jsonResponse, STANDARD_ERRORS } from '../../../platform/openapi';
import { mediaPolicy } from '../policy';
import { getMediaSettings } from '../settings';
import { TAG } from './common';

export const getSettingsRoute = createRoute({
  method: 'get',
  path: '/media/settings',
  tags: [TAG],
  summary: "The media module's settings: digest times, the public form's limit and notice, feed keywords",
  responses: { 200: jsonResponse(ZMediaSettings), ...STANDARD_ERRORS },
});

export const getSettingsHandler: RouteHandler<typeof getSettingsRoute, AppEnv> = async (c) => {
  authorize(c.get('actor'), mediaPolicy, 'media.read');
  return c.json(await getMediaSettings(c.get('db')), 200);
};
