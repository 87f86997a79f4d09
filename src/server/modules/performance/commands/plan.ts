import { and, eq } from 'drizzle-orm';
import type { TCreateIndicatorRequest, TSetTargetsRequest, TUpdateIndicatorRequest } from '../../../../shared/performance';
import type { DbOrTx } from '../../../db/types';
import { recordAudit } from '../../../platform/audit/record';
import type { CommandContext } from '../../../platform/command';
import { AppError, type FieldError } from '../../../platform/errors';
import type { Direction } from '../achievement';
import type { Measure, MeasureRegistry } from '../measures';
import { perfGoals, perfIndicatorBudgets, perfIndicators, perfPlans, perfTargets } from '../schema';

const invalid = (fields: FieldError[]) => new AppError('VALIDATION', { fields });

export async function getIndicator(tx: DbOrTx, id: string) {
  const [row] = await tx.select().from(perfIndicators).where(eq(perfIndicators.id, id));
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export async function createPlan(ctx: CommandContext, input: { code: string; name: string; startYear: number; endYear: number }) {
  const [row] = await ctx.tx
    .insert(perfPlans)
    .values({ id: crypto.randomUUID(), ...input })
    .returning();
  await recordAudit(ctx.tx, { actor: ctx.actor, meta: ctx.meta, action: 'create', entityType: 'perf_plan', entityId: row!.id, after: row });
  return row!;
}

export async function createGoal(
  ctx: CommandContext,
  input: { planId: string; year: number; code: string; statement: string; statementEn?: string | null; sortOrder: number },
) {
  const [clash] = await ctx.tx
    .select({ id: perfGoals.id })
    .from(perfGoals)
    .where(and(eq(perfGoals.year, input.year), eq(perfGoals.code, input.code)));
  if (clash) throw new AppError('DUPLICATE', { params: { field: `SK ${input.code}` }, fields: [{ path: 'code', message: input.code }] });
  const [row] = await ctx.tx
    .insert(perfGoals)
    .values({ id: crypto.randomUUID(), ...input, statementEn: input.statementEn ?? null })
    .returning();
  await recordAudit(ctx.tx, { actor: ctx.actor, meta: ctx.meta, action: 'create', entityType: 'perf_goal', entityId: row!.id, after: row });
  return row!;
}

/** The rules an indicator's definition must keep, whichever way it was edited. */
async function checkIndicator(
  tx: DbOrTx,
  input: Partial<TCreateIndicatorRequest> & { direction: Direction; source: 'measure' | 'manual' },
  measures: MeasureRegistry,
  year: number,
) {
  const fields: FieldError[] = [];
  const measure = input.source === 'measure' && input.measureKey ? measures.get(input.measureKey) : undefined;
  if (input.source === 'measure' && !measure) {
    fields.push({ path: 'measureKey', message: 'Ukuran tidak dikenal. / Unknown measure.' });
  }
  if (measure) fields.push(...(await checkMeasureParams(tx, measure, input.measureParams ?? {}, year)));
  if (input.direction === 'band' && (input.bandLow == null || input.bandHigh == null || input.bandLow > input.bandHigh)) {
    fields.push({ path: 'bandLow', message: 'Rentang target wajib: batas bawah ≤ batas atas. / A band needs low ≤ high.' });
  }
  if (fields.length) throw invalid(fields);
}

/** Each parameter the measure declares, from its options for the year; nothing it does not declare. */
async function checkMeasureParams(tx: DbOrTx, measure: Measure, params: Record<string, string>, year: number) {
  const fields: FieldError[] = [];
  const declared = measure.params ?? [];
  for (const key of Object.keys(params)) {
    if (!declared.some((p) => p.key === key)) {
      fields.push({
        path: `measureParams.${key}`,
        message: 'Parameter ini tidak dipakai ukuran tersebut. / The measure has no such parameter.',
      });
    }
  }
  for (const param of declared) {
    const value = params[param.key];
    if (value === undefined) continue; // not chosen yet: the indicator shows no value until it is
    const options = await param.options(tx, year);
    if (!options.some((o) => o.value === value)) {
      fields.push({
        path: `measureParams.${param.key}`,
        message: `${param.label.id} "${value}" tidak ada. / ${param.label.en} "${value}" does not exist.`,
      });
    }
  }
  return fields;
}

function paramsForNextYear(measure: Measure | undefined, params: unknown) {
  if (!measure || !params || typeof params !== 'object') return null;
  const kept = Object.entries(params).filter(([key]) => !measure.params?.find((p) => p.key === key)?.perYear);
  return kept.length ? Object.fromEntries(kept) : null;
}

/** What is stored: parameters only for an indicator computed by a measure. */
const storedParams = (source: string | undefined, params: Record<string, string> | null | undefined) =>
  source === 'measure' && params && Object.keys(params).length ? params : null;

export async function createIndicator(ctx: CommandContext, measures: MeasureRegistry, input: TCreateIndicatorRequest) {
  const [goal] = await ctx.tx.select().from(perfGoals).where(eq(perfGoals.id, input.goalId));
  if (!goal) throw invalid([{ path: 'goalId', message: 'SK tidak ditemukan. / Unknown goal.' }]);
  await checkIndicator(ctx.tx, input, measures, goal.year);
  const [clash] = await ctx.tx
    .select({ id: perfIndicators.id })
    .from(perfIndicators)
    .where(and(eq(perfIndicators.year, goal.year), eq(perfIndicators.code, input.code)));
  if (clash) throw new AppError('DUPLICATE', { params: { field: input.code }, fields: [{ path: 'code', message: input.code }] });
  const [row] = await ctx.tx
    .insert(perfIndicators)
    .values({
      id: crypto.randomUUID(),
      ...input,
      year: goal.year,
      nameEn: input.nameEn ?? null,
      bandLow: input.bandLow ?? null,
      bandHigh: input.bandHigh ?? null,
      measureKey: input.source === 'measure' ? (input.measureKey ?? null) : null,
      measureParams: storedParams(input.source, input.measureParams),
      sourceNote: input.sourceNote ?? null,
      responsibleUnitId: input.responsibleUnitId ?? null,
    })
    .returning();
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    meta: ctx.meta,
    action: 'create',
    entityType: 'perf_indicator',
    entityId: row!.id,
    after: row,
  });
  return row!;
}

export async function updateIndicator(ctx: CommandContext, measures: MeasureRegistry, id: string, input: TUpdateIndicatorRequest) {
  const before = await getIndicator(ctx.tx, id);
  const merged = { ...before, ...input } as TCreateIndicatorRequest;
  // Another measure starts without the old one's parameters unless new ones are given.
  if (input.measureKey !== undefined && input.measureKey !== before.measureKey && input.measureParams === undefined)
    merged.measureParams = null;
  await checkIndicator(ctx.tx, merged, measures, before.year);
  const [after] = await ctx.tx
    .update(perfIndicators)
    .set({
      ...input,
      measureKey: merged.source === 'measure' ? (merged.measureKey ?? null) : null,
      measureParams: storedParams(merged.source, merged.measureParams),
      updatedAt: new Date(),
    })
    .where(eq(perfIndicators.id, id))
    .returning();
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    meta: ctx.meta,
    action: 'update',
    entityType: 'perf_indicator',
    entityId: id,
    before,
    after,
  });
  return after!;
}

/**
 * Sets an indicator's targets. A target must be positive for a ratio (higher/lower is better):
 * 0 would make the achievement a division by zero, and a negative target has no meaning for the
 * bureau's percentages, indices and counts.
 */
export async function setTargets(ctx: CommandContext, id: string, input: TSetTargetsRequest) {
  const indicator = await getIndicator(ctx.tx, id);
  const values: [number, number | null][] = [
    [0, input.year],
    ...(input.quarters ?? []).map((v, i) => [i + 1, v] as [number, number | null]),
  ];
  const fields: FieldError[] = [];
  for (const [period, value] of values) {
    if (value !== null && indicator.direction !== 'band' && value <= 0) {
      fields.push({
        path: period === 0 ? 'year' : `quarters.${period - 1}`,
        message: 'Target harus lebih besar dari 0. / The target must be greater than 0.',
      });
    }
  }
  if (fields.length) throw invalid(fields);
  const before = await ctx.tx.select().from(perfTargets).where(eq(perfTargets.indicatorId, id));
  await ctx.tx.delete(perfTargets).where(eq(perfTargets.indicatorId, id));
  const rows = values.filter(([, v]) => v !== null).map(([period, value]) => ({ indicatorId: id, period, value: value as number }));
  if (rows.length) await ctx.tx.insert(perfTargets).values(rows);
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    meta: ctx.meta,
    action: 'update',
    entityType: 'perf_targets',
    entityId: id,
    before,
    after: rows,
  });
  return rows;
}

export async function setIndicatorBudget(
  ctx: CommandContext,
  id: string,
  input: { ceiling: number; realized: number; note?: string | null },
) {
  await getIndicator(ctx.tx, id);
  const [before] = await ctx.tx.select().from(perfIndicatorBudgets).where(eq(perfIndicatorBudgets.indicatorId, id));
  const values = { ceiling: input.ceiling, realized: input.realized, note: input.note ?? null, updatedAt: new Date() };
  const [after] = await ctx.tx
    .insert(perfIndicatorBudgets)
    .values({ indicatorId: id, ...values })
    .onConflictDoUpdate({ target: perfIndicatorBudgets.indicatorId, set: values })
    .returning();
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    meta: ctx.meta,
    action: before ? 'update' : 'create',
    entityType: 'perf_budget',
    entityId: id,
    before,
    after,
  });
  return after!;
}

/**
 * Copies a year's goals, indicators and targets to the next year (the plan editor's "copy from
 * last year"); realizations and budgets are not copied. Refused if the target year has goals. A
 * measure's parameter that names one year's record (last year's survey) is left to be chosen
 * again: the new year must not silently read the old year's survey.
 */
export async function copyPlanYear(ctx: CommandContext, measures: MeasureRegistry, fromYear: number, toYear: number) {
  const existing = await ctx.tx.select({ id: perfGoals.id }).from(perfGoals).where(eq(perfGoals.year, toYear));
  if (existing.length) throw new AppError('CONFLICT', { params: { detail: `${toYear}` } });
  const goals = await ctx.tx.select().from(perfGoals).where(eq(perfGoals.year, fromYear));
  if (!goals.length) throw new AppError('NOT_FOUND');
  let indicatorCount = 0;
  for (const goal of goals) {
    const newGoalId = crypto.randomUUID();
    await ctx.tx.insert(perfGoals).values({ ...goal, id: newGoalId, year: toYear });
    const indicators = await ctx.tx.select().from(perfIndicators).where(eq(perfIndicators.goalId, goal.id));
    for (const indicator of indicators) {
      const newId = crypto.randomUUID();
      await ctx.tx.insert(perfIndicators).values({
        ...indicator,
        id: newId,
        goalId: newGoalId,
        year: toYear,
        measureParams: paramsForNextYear(indicator.measureKey ? measures.get(indicator.measureKey) : undefined, indicator.measureParams),
        createdAt: new Date(),
        updatedAt: new Date(),
      });
      const targets = await ctx.tx.select().from(perfTargets).where(eq(perfTargets.indicatorId, indicator.id));
      if (targets.length) await ctx.tx.insert(perfTargets).values(targets.map((t) => ({ ...t, indicatorId: newId })));
      indicatorCount++;
    }
  }
  await recordAudit(ctx.tx, {
    actor: ctx.actor,
    meta: ctx.meta,
    action: 'create',
    entityType: 'perf_plan_year',
    entityId: String(toYear),
    after: { copiedFrom: fromYear, goals: goals.length, indicators: indicatorCount },
  });
  return { goals: goals.length, indicators: indicatorCount };
}
