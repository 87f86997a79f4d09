import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/sql';
import type { DbOrTx } from '../../../db/types';

/** Below this many new rows the pending lists and the planner's statistics can wait for the next large load. */
const LARGE_LOAD = 5_000;

/**
 * The share of the table a load must add before all its statistics are refreshed in the load's
 * transaction; PostgreSQL's autovacuum waits for the same 10% (`autovacuum_analyze_scale_factor`),
 * counting every change since the last full ANALYZE, and the nightly job analyzes anyway. A full
 * ANALYZE samples the table whatever the load's size — about a second on ten years of news, more
 * than the rest of a 20.000-row import — and the planner already scales its row counts by the
 * table's current size.
 */
const LARGE_SHARE = 0.1;

/**
 * What a smaller load still refreshes: the columns whose distribution an import shifts at once and
 * on which the list's and the queue's partial indexes are estimated. Ten years of fully labelled
 * news followed by an import with 3.300 unlabelled items: with the old statistics the queue's page
 * took 7 ms instead of 0,2 (it sorted every unlabelled item). Their statistics target is 10
 * (migration 0009), so this reads a sample of 3.000 rows: 15 ms.
 */
const SHIFTED_COLUMNS = sql`media_news (tone, duplicate_of_id)`;

/** The news and the list's own tables (list-indexes.ts), which grow together: vacuumed and analyzed together. */
const NEWS_TABLES = [sql`media_news`, sql`media_news_issue`, sql`media_news_search`];

/** Whether a load of `rows` is large against the table (or the table was never analyzed). */
async function largeLoad(db: DbOrTx, rows: number): Promise<boolean> {
  const [row] = await queryRows<{ reltuples: number }>(
    db,
    sql`SELECT reltuples::float8 AS reltuples FROM pg_class WHERE oid = 'media_news'::regclass`,
  );
  // reltuples: the rows as of the last ANALYZE or VACUUM (-1: never).
  return !row || row.reltuples < 0 || rows >= LARGE_SHARE * row.reltuples;
}

/**
 * After a bulk load: refreshes the planner's statistics (PGlite has no autovacuum, and a plan made
 * for an empty table reads 36.000 rows where it should read 50) — all of them after a large load,
 * else those of SHIFTED_COLUMNS; with `vacuum` (outside a transaction: the demo) all of them, and
 * also merges the GIN pending lists and vacuums.
 */
export async function afterBulkLoad(db: DbOrTx, rows: number, options: { vacuum?: boolean } = {}): Promise<void> {
  if (rows < LARGE_LOAD) return;
  if (!options.vacuum && !(await largeLoad(db, rows))) {
    await db.execute(sql`ANALYZE ${SHIFTED_COLUMNS}`);
    return;
  }
  // A load leaves up to 4 MB of entries in the search index's GIN pending list. The demo merges them
  // here; an import's are merged by the VACUUM after its commit (vacuumAfterImport), outside its wait.
  if (options.vacuum) await mergeSearchIndex(db);
  // VACUUM (outside a transaction only) also marks the pages all-visible: counts and index-only
  // scans then skip the rows' visibility checks, several times faster on PGlite. The list's indexes
  // (list-indexes.ts) grew with the load, by their triggers.
  for (const table of NEWS_TABLES) await db.execute(options.vacuum ? sql`VACUUM ANALYZE ${table}` : sql`ANALYZE ${table}`);
}

/**
 * After a large import has committed, behind its answer (`afterCommit`): vacuums the news and the
 * list's indexes. The new rows' pages become all-visible, so the counts and the queue's index-only
 * scans stop visiting them (PostgreSQL's autovacuum waits for a fifth of the table to be new rows;
 * PGlite has none), and the search index's pending entries are merged, which every search
 * otherwise reads one by one — after the bench's 20.000-item import, a text search answered 39
 * requests/s instead of 232 on PostgreSQL. About a second on ten years of news; within the import
 * it would cost a third of its time.
 */
export async function vacuumAfterImport(db: DbOrTx, rows: number): Promise<void> {
  if (rows < LARGE_LOAD) return;
  // Explicitly: a VACUUM that finds no dead rows may leave the pending list to the next one.
  await mergeSearchIndex(db);
  for (const table of NEWS_TABLES) await db.execute(sql`VACUUM ${table}`);
}

/** Merges the search index's pending entries (the demo, before its VACUUM ANALYZE). */
async function mergeSearchIndex(db: DbOrTx): Promise<void> {
  await db.execute(sql`SELECT gin_clean_pending_list('media_news_search_words_idx')`);
}

/** The nightly pass PGlite has no autovacuum for (PostgreSQL's own autovacuum makes it cheap there). */
export async function vacuumMedia(db: DbOrTx): Promise<void> {
  for (const table of [...NEWS_TABLES, sql`media_interview_requests`]) await db.execute(sql`VACUUM ANALYZE ${table}`);
}
