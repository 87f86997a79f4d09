import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/types';

/** Below this many new rows the pending lists and the planner's statistics can wait for the next large load. */
const LARGE_LOAD = 5_000;

/**
 * After a bulk load: refreshes the planner's statistics of the table (PGlite has no autovacuum, and a
 * plan made for an empty table reads 36.000 rows where it should read 50); with `vacuum` (outside a
 * transaction: the demo) also merges the GIN pending lists and vacuums.
 */
export async function afterBulkLoad(db: DbOrTx, rows: number, options: { vacuum?: boolean } = {}): Promise<void> {
  if (rows < LARGE_LOAD) return;
  // An import leaves up to 4 MB of entries in the GIN pending lists (VACUUM, here or nightly, merges
  // them): merging within the import would cost it a sixth of its time.
  if (options.vacuum) {
    await db.execute(sql`SELECT gin_clean_pending_list('media_news_title_fts_idx'), gin_clean_pending_list('media_news_issues_idx')`);
  }
  // VACUUM (outside a transaction only) also marks the pages all-visible: counts and index-only
  // scans then skip the rows' visibility checks, several times faster on PGlite.
  await db.execute(options.vacuum ? sql`VACUUM ANALYZE media_news` : sql`ANALYZE media_news`);
}

/** The nightly pass PGlite has no autovacuum for (PostgreSQL's own autovacuum makes it cheap there). */
export async function vacuumMedia(db: DbOrTx): Promise<void> {
  await db.execute(sql`VACUUM ANALYZE media_news`);
  await db.execute(sql`VACUUM ANALYZE media_interview_requests`);
}
