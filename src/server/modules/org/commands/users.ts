import { eq } from 'drizzle-orm';
import type { TCreateUserRequest, TUpdateUserRequest } from '../../../../shared/org';
import type { DbOrTx } from '../../../db/types';
import { recordAudit } from '../../../platform/audit/record';
import { account, session, user } from '../../../platform/auth/schema';
import { hashPassword, isAcceptablePassword } from '../../../platform/auth/passwords';
import { forgetUserSessions } from '../../../platform/auth/session-cache';
import type { CommandContext } from '../../../platform/command';
import { AppError } from '../../../platform/errors';
import { units } from '../schema';

async function assertUnitExists(tx: DbOrTx, unitId: string | null | undefined) {
  if (!unitId) return;
  const [row] = await tx.select({ id: units.id }).from(units).where(eq(units.id, unitId));
  if (!row) throw new AppError('VALIDATION', { fields: [{ path: 'unitId', message: 'unknown unit' }] });
}

/** What the audit trail keeps of a user: never the password hash. */
function auditView(row: typeof user.$inferSelect) {
  const { id, name, email, role, unitId, locale, active, twoFactorEnabled } = row;
  return { id, name, email, role, unitId, locale, active, twoFactorEnabled };
}

/**
 * Creates an account with a password (accounts are made by an admin or the CLI; there is no
 * self sign-up). The credential row is the one better-auth signs in with.
 */
export async function createUser(ctx: CommandContext, input: TCreateUserRequest, options: { skipPasswordPolicy?: boolean } = {}) {
  if (!options.skipPasswordPolicy && !isAcceptablePassword(input.password)) throw new AppError('WEAK_PASSWORD');
  const [clash] = await ctx.tx.select({ id: user.id }).from(user).where(eq(user.email, input.email));
  if (clash) throw new AppError('DUPLICATE', { params: { field: 'Email' }, fields: [{ path: 'email', message: input.email }] });
  await assertUnitExists(ctx.tx, input.unitId);
  const id = crypto.randomUUID();
  const [row] = await ctx.tx
    .insert(user)
    .values({ id, name: input.name, email: input.email, role: input.role, unitId: input.unitId, locale: input.locale, emailVerified: true })
    .returning();
  await ctx.tx.insert(account).values({
    id: crypto.randomUUID(),
    accountId: id,
    providerId: 'credential',
    userId: id,
    password: await hashPassword(input.password),
  });
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    meta: ctx.meta,
    action: 'create',
    entityType: 'user',
    entityId: id,
    unitId: input.unitId,
    after: auditView(row!),
  });
  return row!;
}

export async function updateUser(ctx: CommandContext, id: string, input: TUpdateUserRequest) {
  const [before] = await ctx.tx.select().from(user).where(eq(user.id, id));
  if (!before) throw new AppError('NOT_FOUND');
  if (input.unitId !== undefined) await assertUnitExists(ctx.tx, input.unitId);
  const [after] = await ctx.tx
    .update(user)
    .set({ ...input, updatedAt: new Date() })
    .where(eq(user.id, id))
    .returning();
  // Role, unit or active state changed: the user's cached sessions must be read afresh.
  forgetUserSessions(id);
  if (input.active === false) {
    // A deactivated account loses its sessions at once.
    await ctx.tx.delete(session).where(eq(session.userId, id));
  }
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    meta: ctx.meta,
    action: 'update',
    entityType: 'user',
    entityId: id,
    unitId: after!.unitId,
    before: auditView(before),
    after: auditView(after!),
  });
  return after!;
}
