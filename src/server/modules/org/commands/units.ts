import { eq } from 'drizzle-orm';
import type { TCreateUnitRequest, TUpdateUnitRequest } from '../../../../shared/org';
import type { DbOrTx } from '../../../db/types';
import { recordAudit } from '../../../platform/audit/record';
import type { CommandContext } from '../../../platform/command';
import { AppError } from '../../../platform/errors';
import { units } from '../schema';

async function assertCodeFree(tx: DbOrTx, code: string, exceptId?: string) {
  const [clash] = await tx.select({ id: units.id }).from(units).where(eq(units.code, code));
  if (clash && clash.id !== exceptId)
    throw new AppError('DUPLICATE', { params: { field: 'Kode unit / unit code' }, fields: [{ path: 'code', message: code }] });
}

async function assertParentExists(tx: DbOrTx, parentId: string | null | undefined) {
  if (!parentId) return;
  const [parent] = await tx.select({ id: units.id }).from(units).where(eq(units.id, parentId));
  if (!parent) throw new AppError('VALIDATION', { fields: [{ path: 'parentId', message: 'unknown unit' }] });
}

/** Refuses a parent that is the unit itself or one of its descendants. */
async function assertNoCycle(tx: DbOrTx, unitId: string, parentId: string | null | undefined) {
  let current = parentId ?? null;
  for (let depth = 0; current && depth < 100; depth++) {
    if (current === unitId) throw new AppError('UNIT_CYCLE');
    const [row] = await tx.select({ parentId: units.parentId }).from(units).where(eq(units.id, current));
    current = row?.parentId ?? null;
  }
}

export async function createUnit(ctx: CommandContext, input: TCreateUnitRequest & { id?: string }) {
  await assertCodeFree(ctx.tx, input.code);
  await assertParentExists(ctx.tx, input.parentId);
  const [row] = await ctx.tx
    .insert(units)
    .values({
      id: input.id ?? crypto.randomUUID(),
      code: input.code,
      name: input.name,
      nameEn: input.nameEn ?? null,
      kind: input.kind,
      parentId: input.parentId,
      proposing: input.proposing,
    })
    .returning();
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    meta: ctx.meta,
    action: 'create',
    entityType: 'unit',
    entityId: row!.id,
    unitId: row!.id,
    after: row,
  });
  return row!;
}

export async function updateUnit(ctx: CommandContext, id: string, input: TUpdateUnitRequest) {
  const [before] = await ctx.tx.select().from(units).where(eq(units.id, id));
  if (!before) throw new AppError('NOT_FOUND');
  if (input.code !== undefined) await assertCodeFree(ctx.tx, input.code, id);
  if (input.parentId !== undefined) {
    await assertParentExists(ctx.tx, input.parentId);
    await assertNoCycle(ctx.tx, id, input.parentId);
  }
  const [after] = await ctx.tx
    .update(units)
    .set({ ...input, updatedAt: new Date() })
    .where(eq(units.id, id))
    .returning();
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    meta: ctx.meta,
    action: 'update',
    entityType: 'unit',
    entityId: id,
    unitId: id,
    before,
    after,
  });
  return after!;
}
