import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../../platform/context';
import { jsonResponse } from '../../../platform/openapi';
import { getMediaSettings } from '../settings';
import { TAG } from './common';

export const publicFormInfoRoute = createRoute({
  method: 'get',
  path: '/public/interview-requests/form',
  tags: [TAG],
  summary: 'What the public form needs: the privacy notice version to consent to, and the hourly limit',
  responses: { 200: jsonResponse(z.object({ noticeVersion: z.string(), maxPerHour: z.number().int() })) },
});

export const publicFormInfoHandler: RouteHandler<typeof publicFormInfoRoute, AppEnv> = async (c) => {
  const settings = await getMediaSettings(c.get('db'));
  return c.json({ noticeVersion: settings.privacyNoticeVersion, maxPerHour: settings.publicFormMaxPerHour }, 200);
};
