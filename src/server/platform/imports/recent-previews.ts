import type { ImportRow } from './types';
import { type ValidatedRow, validRows } from './validate';

/**
 * The valid rows of the latest error-free previews this process made, for their commit. Read back
 * from `import_batches`, a 20.000-row news preview is 6 MB of JSON that PostgreSQL decompresses and
 * sends and Node parses: 0,1–0,2 s of the commit. These are the very rows that were stored; a commit
 * that finds none here (made by another process, after a restart, or pushed out by later previews)
 * reads the stored copy instead.
 */

/** At most this many rows are kept, over all previews: two files of the largest size. */
const MAX_KEPT_ROWS = 100_000;

// In insertion order: the oldest preview is forgotten first.
const kept = new Map<string, ImportRow<unknown>[]>();
let keptRows = 0;

/** Keeps a preview's rows for its commit (only a preview without errors can be committed). */
export function keepPreviewRows(batchId: string, rows: ValidatedRow[]): void {
  const valid = validRows(rows);
  if (valid.length > MAX_KEPT_ROWS) return;
  kept.set(batchId, valid);
  keptRows += valid.length;
  for (const [id, old] of kept) {
    if (keptRows <= MAX_KEPT_ROWS) break;
    kept.delete(id);
    keptRows -= old.length;
  }
}

/** The kept rows of a preview, if this process still has them. */
export function keptPreviewRows(batchId: string): ImportRow<unknown>[] | undefined {
  return kept.get(batchId);
}

/** Forgets a preview's rows (committed: they are not needed again). */
export function forgetPreviewRows(batchId: string): void {
  const rows = kept.get(batchId);
  if (!rows) return;
  kept.delete(batchId);
  keptRows -= rows.length;
}
