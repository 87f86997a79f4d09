import { eq } from 'drizzle-orm';
import type { Lang } from '../../../shared/i18n/errors';
import { units } from '../../modules/org';
import { recordAudit } from '../audit/record';
import { authorize, isUnitScoped } from '../authorize';
import type { CommandContext } from '../command';
import { AppError } from '../errors';
import { filesPolicy } from './policy';
import { files } from './schema';
import { ALL_FILE_EXTENSIONS, checkFileType, type FileExtension } from './sniff';
import type { FileStore } from './store';

export interface SaveFileInput {
  bytes: Uint8Array;
  fileName: string;
  /** The unit asked for; unit users may only name their own. Defaults to the uploader's unit. */
  unitId?: string | null;
  /** A narrower list for a module's own upload (e.g. photos only). */
  accept?: readonly FileExtension[];
  /** The language of an error about the unit. */
  lang?: Lang;
}

const UNIT_UNKNOWN = { id: 'Unit tidak ditemukan.', en: 'Unit not found.' };

/** The unit a new file belongs to: a unit user's own; others may pick an existing unit. */
async function owningUnit(ctx: CommandContext, requested: string | null | undefined, lang: Lang): Promise<string | null> {
  const actor = ctx.actor!;
  if (requested === undefined || requested === actor.unitId) return actor.unitId;
  if (isUnitScoped(actor) || !filesPolicy['files.pick_unit'](actor)) throw new AppError('FORBIDDEN');
  if (requested === null) return null;
  const [unit] = await ctx.tx.select({ id: units.id }).from(units).where(eq(units.id, requested));
  if (!unit) throw new AppError('VALIDATION', { fields: [{ path: 'unitId', message: UNIT_UNKNOWN[lang] }] });
  return unit.id;
}

/**
 * Stores an uploaded file: content checked against its extension, bytes written to the store,
 * the row (with the SHA-256) and its audit entry written in the caller's transaction. If the row
 * cannot be written, the stored bytes are removed again.
 */
export async function saveFile(ctx: CommandContext, store: FileStore, input: SaveFileInput) {
  authorize(ctx.actor, filesPolicy, 'files.upload');
  const unitId = await owningUnit(ctx, input.unitId, input.lang ?? 'id');
  const { mime } = await checkFileType(input.bytes, input.fileName, input.accept ?? ALL_FILE_EXTENSIONS);
  const stored = await store.put(input.bytes);
  try {
    const [row] = await ctx.tx
      .insert(files)
      .values({
        id: crypto.randomUUID(),
        originalName: input.fileName,
        mime,
        size: input.bytes.byteLength,
        sha256: stored.sha256,
        storageKey: stored.key,
        unitId,
        uploadedBy: ctx.actor.id,
      })
      .returning();
    await recordAudit(ctx.tx, {
      actor: ctx.actor,
      meta: ctx.meta,
      action: 'create',
      entityType: 'file',
      entityId: row!.id,
      unitId,
      after: { name: row!.originalName, mime, size: row!.size, sha256: row!.sha256 },
    });
    return row!;
  } catch (error) {
    await store.remove(stored.key);
    throw error;
  }
}

/** A file the actor may read, or 404 — also for another unit's file, so its existence stays hidden. */
export async function findReadableFile(ctx: Pick<CommandContext, 'tx' | 'actor'>, id: string) {
  authorize(ctx.actor, filesPolicy, 'files.read');
  const [row] = await ctx.tx.select().from(files).where(eq(files.id, id));
  if (!row || !filesPolicy['files.read'](ctx.actor, row)) throw new AppError('NOT_FOUND');
  return row;
}
