import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { ZMe } from '../../shared/org';
import { units } from '../modules/org/schema';
import { presentUnit, presentUser } from '../modules/org/presenters';
import { user } from './auth/schema';
import { permissionsOf, type PolicyMap } from './authorize';
import type { AppEnv } from './context';
import { AppError } from './errors';
import { jsonResponse, requireActor, STANDARD_ERRORS } from './openapi';
import { createRouter } from './router';
import { getTotpRequiredRoles } from './settings/settings';

export const getMeRoute = createRoute({
  method: 'get',
  path: '/me',
  tags: ['Akun'],
  summary: 'The signed-in user, their unit and the actions they may take',
  responses: { 200: jsonResponse(ZMe), ...STANDARD_ERRORS },
});

export function meRouter(policies: Record<string, PolicyMap>) {
  const getMe: RouteHandler<typeof getMeRoute, AppEnv> = async (c) => {
    const actor = requireActor(c);
    const db = c.get('db');
    const [row] = await db.select().from(user).where(eq(user.id, actor.id));
    if (!row) throw new AppError('UNAUTHENTICATED');
    const [unit] = row.unitId ? await db.select().from(units).where(eq(units.id, row.unitId)) : [];
    const required = await getTotpRequiredRoles(db, c.get('services').demo);
    c.header('Cache-Control', 'no-store');
    return c.json(
      {
        user: presentUser(row),
        unit: unit ? presentUnit(unit) : null,
        permissions: permissionsOf(actor, policies),
        totpRequired: required.includes(actor.role) && !actor.twoFactorEnabled,
        demo: c.get('services').demo,
      },
      200,
    );
  };
  return createRouter().openapi(getMeRoute, getMe);
}
