import { and, eq, inArray } from 'drizzle-orm';
import type { TSaveRealizationRequest } from '../../../../shared/performance';
import type { Db } from '../../../db/types';
import { recordAudit } from '../../../platform/audit/record';
import type { CommandContext } from '../../../platform/command';
import { AppError } from '../../../platform/errors';
import { files } from '../../../platform/files/schema';
import { type MeasureRegistry, periodOf } from '../measures';
import { clearMeasureCache } from '../queries/evaluate';
import { perfRealizations } from '../schema';
import { getIndicator } from './plan';

/** Evidence a reviewer can open: documents, spreadsheets and pictures. */
const EVIDENCE_TYPES = new Set([
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'image/png',
  'image/jpeg',
]);

async function findRealization(tx: CommandContext['tx'], indicatorId: string, period: number) {
  const [row] = await tx
    .select()
    .from(perfRealizations)
    .where(and(eq(perfRealizations.indicatorId, indicatorId), eq(perfRealizations.period, period)));
  return row;
}

async function checkEvidenceFiles(tx: CommandContext['tx'], ids: string[]) {
  if (!ids.length) return;
  const found = await tx.select({ id: files.id, mime: files.mime }).from(files).where(inArray(files.id, ids));
  for (const id of ids) {
    const file = found.find((f) => f.id === id);
    if (!file)
      throw new AppError('VALIDATION', {
        fields: [{ path: 'evidenceFileIds', message: `Berkas tidak ditemukan / file not found: ${id}` }],
      });
    if (!EVIDENCE_TYPES.has(file.mime)) throw new AppError('FILE_TYPE_NOT_ALLOWED', { params: { type: file.mime } });
  }
}

/**
 * Enters or corrects a manual realization. An indicator computed by a measure never takes a typed
 * value; a submitted or approved realization is not edited (the head returns it first).
 */
export async function saveManualRealization(ctx: CommandContext, indicatorId: string, period: number, input: TSaveRealizationRequest) {
  const indicator = await getIndicator(ctx.tx, indicatorId);
  if (indicator.source === 'measure') {
    throw new AppError('VALIDATION', {
      fields: [
        {
          path: 'value',
          message: 'Indikator ini dihitung dari data; nilainya tidak diketik. / This indicator is computed; it takes no typed value.',
        },
      ],
    });
  }
  if (indicator.evidenceRequired && input.evidenceLinks.length + input.evidenceFileIds.length === 0) {
    throw new AppError('VALIDATION', {
      fields: [{ path: 'evidenceLinks', message: 'Bukti dukung wajib dilampirkan. / Evidence is required.' }],
    });
  }
  await checkEvidenceFiles(ctx.tx, input.evidenceFileIds);
  const before = await findRealization(ctx.tx, indicatorId, period);
  if (before && (before.status === 'submitted' || before.status === 'approved')) throw new AppError('INVALID_STATE');
  const values = { ...input, status: 'draft', statusComment: null, updatedAt: new Date() };
  const [after] = await ctx.tx
    .insert(perfRealizations)
    .values({ id: crypto.randomUUID(), indicatorId, period, ...values })
    .onConflictDoUpdate({ target: [perfRealizations.indicatorId, perfRealizations.period], set: values })
    .returning();
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    meta: ctx.meta,
    action: before ? 'update' : 'create',
    entityType: 'perf_realization',
    entityId: after!.id,
    unitId: indicator.responsibleUnitId,
    before,
    after,
  });
  return after!;
}

/** The group submits a period's realization to the head (a computed one with no value yet too). */
export async function submitRealization(ctx: CommandContext, indicatorId: string, period: number, comment?: string) {
  const indicator = await getIndicator(ctx.tx, indicatorId);
  const before = await findRealization(ctx.tx, indicatorId, period);
  if (indicator.source === 'manual' && (!before || before.value === null)) throw new AppError('INVALID_STATE');
  if (before && before.status !== 'draft' && before.status !== 'returned') throw new AppError('INVALID_STATE');
  const values = {
    status: 'submitted',
    statusComment: comment ?? null,
    submittedBy: ctx.actor?.id ?? null,
    submittedAt: new Date(),
    updatedAt: new Date(),
  };
  const [after] = await ctx.tx
    .insert(perfRealizations)
    .values({ id: crypto.randomUUID(), indicatorId, period, ...values })
    .onConflictDoUpdate({ target: [perfRealizations.indicatorId, perfRealizations.period], set: values })
    .returning();
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    meta: ctx.meta,
    action: 'transition',
    entityType: 'perf_realization',
    entityId: after!.id,
    unitId: indicator.responsibleUnitId,
    before,
    after,
  });
  return after!;
}

/**
 * The head approves: the value is frozen. For a computed indicator the measure is evaluated now
 * and its value, numerator and denominator are stored; a later recomputation that differs shows
 * as drift beside it and never replaces it.
 */
export async function approveRealization(
  ctx: CommandContext & { db: Db },
  measures: MeasureRegistry,
  indicatorId: string,
  period: number,
  comment?: string,
) {
  const indicator = await getIndicator(ctx.tx, indicatorId);
  const before = await findRealization(ctx.tx, indicatorId, period);
  if (before?.status !== 'submitted') throw new AppError('INVALID_STATE');
  let frozen = {};
  if (indicator.source === 'measure') {
    const measure = measures.get(indicator.measureKey ?? '');
    if (!measure) throw new AppError('INVALID_STATE');
    // Counted inside the approval's transaction: PGlite has one connection, and a query outside
    // an open transaction would wait for it forever.
    const result = await measure.compute(
      ctx.tx as Db,
      periodOf(indicator.year, period),
      (indicator.measureParams as Record<string, unknown>) ?? {},
    );
    frozen = { value: result.value, numerator: result.numerator ?? null, denominator: result.denominator ?? null, computedAt: new Date() };
  }
  const [after] = await ctx.tx
    .update(perfRealizations)
    .set({
      ...frozen,
      status: 'approved',
      statusComment: comment ?? null,
      approvedBy: ctx.actor?.id ?? null,
      approvedAt: new Date(),
      updatedAt: new Date(),
    })
    .where(eq(perfRealizations.id, before.id))
    .returning();
  clearMeasureCache();
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    meta: ctx.meta,
    action: 'approve',
    entityType: 'perf_realization',
    entityId: before.id,
    unitId: indicator.responsibleUnitId,
    before,
    after,
  });
  return after!;
}

/** The head returns a submitted realization for revision, with a reason. */
export async function returnRealization(ctx: CommandContext, indicatorId: string, period: number, comment: string) {
  const indicator = await getIndicator(ctx.tx, indicatorId);
  const before = await findRealization(ctx.tx, indicatorId, period);
  if (before?.status !== 'submitted') throw new AppError('INVALID_STATE');
  if (!comment.trim())
    throw new AppError('VALIDATION', { fields: [{ path: 'comment', message: 'Alasan wajib diisi. / A reason is required.' }] });
  const [after] = await ctx.tx
    .update(perfRealizations)
    .set({ status: 'returned', statusComment: comment, updatedAt: new Date() })
    .where(eq(perfRealizations.id, before.id))
    .returning();
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    meta: ctx.meta,
    action: 'transition',
    entityType: 'perf_realization',
    entityId: before.id,
    unitId: indicator.responsibleUnitId,
    before,
    after,
  });
  return after!;
}
