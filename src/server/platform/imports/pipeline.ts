import { eq, getTableColumns } from 'drizzle-orm';
import type { Lang } from '../../../shared/i18n/errors';
import type { Db } from '../../db/types';
import { recordAudit } from '../audit/record';
import type { CommandContext } from '../command';
import type { Actor, RequestMeta } from '../context';
import { AppError } from '../errors';
import { importText } from './messages';
import { readTable } from './parse';
import { importBatches } from './schema';
import { forgetPreviewRows, keepPreviewRows, keptPreviewRows } from './recent-previews';
import { packRows, unpackValidRows } from './stored-rows';
import type { AnyImportDefinition, ImportIssue, ImportRegistry } from './types';
import { issuesAsFields, mapColumns, validateRows, validRows } from './validate';

export const DEFAULT_MAX_ROWS = 10_000;

/**
 * A batch as stored. `rows` is in the stored form (`stored-rows.ts`) or, for a batch this process
 * has just previewed, the validated rows themselves: read it with `unpackRows`.
 */
export type ImportBatch = typeof importBatches.$inferSelect;

interface Who {
  db: Db;
  actor: Actor;
  meta: RequestMeta | null;
  lang: Lang;
}

/**
 * Reads, maps and validates a file, and stores it as a preview: every row with its values and
 * every problem by row and column. Nothing of the module's data changes here. A file that cannot
 * be read, or whose columns do not match, is refused before anything is stored.
 */
export async function previewImport(
  who: Who,
  definition: AnyImportDefinition,
  file: { bytes: Uint8Array; fileName: string },
): Promise<ImportBatch> {
  const table = await readTable(file.bytes, file.fileName, who.lang, definition.maxRows ?? DEFAULT_MAX_ROWS);
  const { rows, issues } = validateRows(definition, table, mapColumns(definition, table.headers, who.lang));
  if (rows.length === 0) throw new AppError('IMPORT_UNREADABLE', { params: { detail: importText('noRows', who.lang) } });
  if (definition.check) {
    const ctx: CommandContext = { tx: who.db, actor: who.actor, meta: who.meta };
    issues.push(...(await definition.check(ctx, validRows(rows))));
  }
  issues.sort((a, b) => a.row - b.row);
  const values = {
    id: crypto.randomUUID(),
    kind: definition.kind,
    status: 'previewed',
    fileName: file.fileName.slice(0, 255),
    rowCount: rows.length,
    errorCount: issues.length,
    errors: issues,
    unitId: who.actor.unitId,
    createdBy: who.actor.id,
  };
  // Only the columns the database fills are read back: the rows are already in hand.
  const [stored] = await who.db
    .insert(importBatches)
    .values({ ...values, rows: packRows(rows) })
    .returning({ createdAt: importBatches.createdAt, committedAt: importBatches.committedAt });
  if (issues.length === 0) keepPreviewRows(values.id, rows);
  return { ...values, ...stored!, rows };
}

/** A batch the actor may see: only its creator's (a preview may hold personal data from the file). */
export async function findBatch(db: Db, actor: Actor, batchId: string): Promise<ImportBatch> {
  const [batch] = await db.select().from(importBatches).where(eq(importBatches.id, batchId));
  if (!batch || batch.createdBy !== actor.id) throw new AppError('NOT_FOUND');
  return batch;
}

function invalid(definition: AnyImportDefinition, issues: ImportIssue[], lang: Lang): AppError {
  return new AppError('IMPORT_INVALID', { params: { count: issues.length }, fields: issuesAsFields(definition, issues, lang) });
}

/**
 * Writes a previewed batch, all or nothing, in one transaction: refused when the preview had
 * errors, when `check` finds new ones (the data changed since), or when the batch was already
 * committed. The batch row is locked first, so two commits at once cannot both write.
 */
export async function commitImport(who: Who, registry: ImportRegistry, batchId: string): Promise<ImportBatch> {
  const committed = await writeBatch(who, registry, batchId);
  const upkeep = registry[committed.kind]?.afterCommit?.(who.db, committed.rowCount);
  if (upkeep) {
    // Not awaited: the person who imported has their answer; the upkeep runs on behind it.
    const settled = upkeep.catch(() => undefined).finally(() => upkeepRunning.delete(settled));
    upkeepRunning.add(settled);
  }
  return committed;
}

const upkeepRunning = new Set<Promise<unknown>>();

/** Waits for the upkeep of the imports committed so far (a command that closes the database after an import). */
export async function importUpkeepSettled(): Promise<void> {
  await Promise.all([...upkeepRunning]);
}

/** Every column of a batch but its rows (which this process may still have from the preview). */
const { rows: _rows, ...BATCH_WITHOUT_ROWS } = getTableColumns(importBatches);

async function writeBatch(who: Who, registry: ImportRegistry, batchId: string): Promise<ImportBatch> {
  const kept = keptPreviewRows(batchId);
  const committed = await who.db.transaction(async (tx) => {
    const [batch] = kept
      ? (await tx.select(BATCH_WITHOUT_ROWS).from(importBatches).where(eq(importBatches.id, batchId)).for('update')).map((b) => ({
          ...b,
          rows: [],
        }))
      : await tx.select().from(importBatches).where(eq(importBatches.id, batchId)).for('update');
    if (!batch || batch.createdBy !== who.actor.id) throw new AppError('NOT_FOUND');
    const definition = registry[batch.kind];
    if (!definition) throw new AppError('NOT_FOUND');
    if (!definition.can(who.actor)) throw new AppError('FORBIDDEN');
    if (batch.status !== 'previewed') throw new AppError('INVALID_STATE');
    if (batch.errorCount > 0) throw invalid(definition, batch.errors as ImportIssue[], who.lang);

    const rows = kept ?? unpackValidRows(batch.rows);
    const ctx: CommandContext = { tx, actor: who.actor, meta: who.meta };
    if (definition.check) {
      const issues = await definition.check(ctx, rows);
      if (issues.length) throw invalid(definition, issues, who.lang);
    }
    await definition.commit(ctx, rows);
    const [committed] = await tx
      .update(importBatches)
      .set({ status: 'committed', committedAt: new Date() })
      .where(eq(importBatches.id, batch.id))
      .returning({ status: importBatches.status, committedAt: importBatches.committedAt });
    await recordAudit(tx, {
      actor: who.actor,
      meta: who.meta,
      action: 'import',
      entityType: 'import_batch',
      entityId: batch.id,
      unitId: batch.unitId,
      after: { kind: batch.kind, fileName: batch.fileName, rows: rows.length },
    });
    return { ...batch, ...committed! };
  });
  forgetPreviewRows(batchId);
  return committed;
}
