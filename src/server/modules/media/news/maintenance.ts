import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/sql';
import type { DbOrTx } from '../../../db/types';

/** Below this many new rows the pending lists and the planner's statistics can wait for the next large load. */
const LARGE_LOAD = 5_000;

/**
 * How much the table must have grown since its statistics were taken before a load refreshes them:
 * PostgreSQL's autovacuum waits for the same 10% (`autovacuum_analyze_scale_factor`). ANALYZE
 * samples the table whatever the load's size — about a second on ten years of news, more than the
 * rest of a 20.000-row import — and the planner already scales its row counts by the table's
 * current size; only the distributions go stale, and 5% more rows barely move them.
 */
const STALE_GROWTH = 0.1;

/**
 * Whether media_news has grown by STALE_GROWTH since its last ANALYZE (or was never analyzed).
 * Growth is read from the table's size in pages against the pages the statistics saw: PGlite
 * keeps no activity counters (`n_mod_since_analyze` stays 0 there), and the size counts the
 * transaction's own new rows and those of earlier loads that did not analyze.
 */
async function statisticsStale(db: DbOrTx): Promise<boolean> {
  const [row] = await queryRows<{ reltuples: number; relpages: number; pages: number }>(
    db,
    sql`SELECT reltuples::float8 AS reltuples, relpages::float8 AS relpages,
          pg_relation_size(oid)::float8 / current_setting('block_size')::float8 AS pages
        FROM pg_class WHERE oid = 'media_news'::regclass`,
  );
  if (!row || row.reltuples < 0 || row.relpages <= 0) return true;
  return row.pages - row.relpages >= STALE_GROWTH * row.relpages;
}

/**
 * After a bulk load: refreshes the planner's statistics of the table when the load makes them stale
 * (PGlite has no autovacuum, and a plan made for an empty table reads 36.000 rows where it should
 * read 50); with `vacuum` (outside a transaction: the demo) always, and also merges the GIN pending
 * lists and vacuums.
 */
export async function afterBulkLoad(db: DbOrTx, rows: number, options: { vacuum?: boolean } = {}): Promise<void> {
  if (rows < LARGE_LOAD) return;
  if (!options.vacuum && !(await statisticsStale(db))) return;
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
