import type { ImportRow } from './types';
import { type ValidatedRow, validRows } from './validate';

/**
 * The valid rows of the latest error-free previews this process made, for their commit. Read back
 * from `import_batches`, a 20.000-row news preview is 6 MB of JSON that PostgreSQL decompresses and
 * sends and Node parses: 0,1–0,2 s of the commit. These are the very rows that were stored; a commit
 * that finds none here (made by another process, after a restart, an hour later, or pushed out by
 * later previews) reads the stored copy instead.
 */

/** At most this many rows are kept, over all previews: one file of the news import's largest size. */
const MAX_KEPT_ROWS = 50_000;
/** A preview left longer than this is committed from its stored copy, and its rows leave memory. */
const KEEP_MS = 3_600_000;

// In insertion order: the oldest preview is forgotten first.
const kept = new Map<string, { rows: ImportRow<unknown>[]; at: number }>();
let keptRows = 0;

/** Keeps a preview's rows for its commit (only a preview without errors can be committed). */
export function keepPreviewRows(batchId: string, rows: ValidatedRow[], now = Date.now()): void {
  const valid = validRows(rows);
  if (valid.length > MAX_KEPT_ROWS) return;
  kept.set(batchId, { rows: valid, at: now });
  keptRows += valid.length;
  for (const [id, old] of kept) {
    if (keptRows <= MAX_KEPT_ROWS && now - old.at <= KEEP_MS) break;
    forgetPreviewRows(id);
  }
}

/** The kept rows of a preview, if this process still has them and they are not too old. */
export function keptPreviewRows(batchId: string, now = Date.now()): ImportRow<unknown>[] | undefined {
  const entry = kept.get(batchId);
  if (entry && now - entry.at > KEEP_MS) {
    forgetPreviewRows(batchId);
    return undefined;
  }
  return entry?.rows;
}

/** Forgets a preview's rows (committed: they are not needed again). */
export function forgetPreviewRows(batchId: string): void {
  const entry = kept.get(batchId);
  if (!entry) return;
  kept.delete(batchId);
  keptRows -= entry.rows.length;
}
