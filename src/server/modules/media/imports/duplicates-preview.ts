import type { DbOrTx } from '../../../db/types';
import type { ImportBatch } from '../../../platform/imports/pipeline';
import { unpackValidRows } from '../../../platform/imports/stored-rows';
import { loadCandidates, matchDuplicates } from '../news/duplicates';
import { jakartaDate, titleKey, urlKey } from '../normalize';
import type { NewsImportRow } from './news-import';

export interface DuplicateNotice {
  row: number;
  reason: 'url' | 'syndicated';
  /** The earlier row of the same file it repeats. */
  ofRow: number | null;
  /** The item already recorded that it repeats. */
  existing: { id: string; title: string; outletName: string; publishedDate: string } | null;
}

/**
 * The rows of a previewed news file that repeat a stored item or an earlier row: they will be
 * stored in the same group and not counted twice. Not errors: the preview shows them as notices.
 */
export async function previewDuplicates(db: DbOrTx, batch: ImportBatch): Promise<DuplicateNotice[]> {
  const rows = unpackValidRows(batch.rows) as { row: number; data: NewsImportRow }[];
  const keyed = rows.map((r) => ({
    id: `row-${r.row}`,
    urlKey: urlKey(r.data.url),
    titleKey: titleKey(r.data.title),
    publishedDate: jakartaDate(new Date(r.data.publishedAt)),
  }));
  const matches = matchDuplicates(keyed, await loadCandidates(db, keyed));
  return matches.map((m) => ({
    row: rows[m.index]!.row,
    reason: m.reason,
    ofRow: m.ofIndex !== undefined ? rows[m.ofIndex]!.row : null,
    existing: m.existing
      ? { id: m.existing.id, title: m.existing.title, outletName: m.existing.outletName, publishedDate: m.existing.publishedDate }
      : null,
  }));
}
