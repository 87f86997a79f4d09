import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/types';
import { arrayLiteral, chunks, listColumn, packedLists } from '../sql-arrays';
import { copyArray, copyRows, copyText } from './copy';

/** A news row ready to store: every key and duplicate field already worked out. */
export interface NewsRow {
  id: string;
  publishedAt: Date;
  publishedDate: string;
  title: string;
  titleKey: string;
  outletId: string;
  mediaType: string;
  url: string | null;
  urlKey: string | null;
  summary: string | null;
  journalist: string | null;
  tone: string | null;
  toneOrigin: string | null;
  toneSetBy: string | null;
  toneSetAt: Date | null;
  suggestedTone: string | null;
  suggestedScore: number | null;
  suggestionModelId: string | null;
  issues: string[];
  commodities: string[];
  spokespersons: string[];
  region: string | null;
  source: string;
  importBatchId: string | null;
  feedId: string | null;
  duplicateGroupId: string;
  duplicateOfId: string | null;
  duplicateReason: string | null;
  createdBy: string | null;
  /** When the item was recorded (now, unless a loader replays history). */
  createdAt?: Date | null;
}

const CHUNK = 5_000;

/** The stored columns in COPY order; `created_at` only when the rows bring their own (else its default, now()). */
// biome-ignore format: the table's column list
const COPY_COLUMNS = [
  'id', 'published_at', 'published_date', 'title', 'title_key', 'outlet_id', 'media_type', 'url', 'url_key', 'summary',
  'journalist', 'tone', 'tone_origin', 'tone_set_by', 'tone_set_at', 'suggested_tone', 'suggested_score',
  'suggestion_model_id', 'issues', 'commodities', 'spokespersons', 'region', 'source', 'import_batch_id', 'feed_id',
  'duplicate_group_id', 'duplicate_of_id', 'duplicate_reason', 'created_by',
];

const NULL = '\\N';
const iso = (d: Date | null | undefined) => (d ? d.toISOString() : NULL);
/** Dates, fixed vocabularies and folded title keys hold no tab, newline or backslash: no escaping needed. */
const plain = (v: string | null) => v ?? NULL;

/** One COPY line per row, in COPY_COLUMNS' order, each row finished just before; text from outside escaped. */
function* copyLines(rows: readonly NewsRow[], withCreatedAt: boolean, finish?: FinishRow): Generator<string> {
  const t = copyText;
  const list = copyArray;
  for (let i = 0; i < rows.length; i++) {
    finish?.(i);
    const r = rows[i]!;
    // biome-ignore format: one field per column, in COPY_COLUMNS' order
    const fields = [
      t(r.id), r.publishedAt.toISOString(), r.publishedDate, t(r.title), plain(r.titleKey), t(r.outletId), r.mediaType,
      t(r.url), t(r.urlKey), t(r.summary), t(r.journalist), plain(r.tone), plain(r.toneOrigin), t(r.toneSetBy),
      iso(r.toneSetAt), plain(r.suggestedTone), r.suggestedScore ?? NULL, t(r.suggestionModelId), list(r.issues),
      list(r.commodities), list(r.spokespersons), t(r.region), r.source, t(r.importBatchId), t(r.feedId),
      t(r.duplicateGroupId), t(r.duplicateOfId), plain(r.duplicateReason), t(r.createdBy),
    ];
    if (withCreatedAt) fields.push((r.createdAt ?? new Date()).toISOString());
    yield `${fields.join('\t')}\n`;
  }
}

/** Completes row `i` (its last fields) before it is written; called once per row, in order. */
export type FinishRow = (i: number) => void;

/**
 * Stores news rows with one `COPY` (see copy.ts), finishing each row as its line is written, so
 * the work of finishing overlaps the database's; where the connection cannot take a COPY (a pool
 * outside a transaction), finishing them all first and storing them with `insertByUnnest`.
 */
export async function bulkInsertNews(tx: DbOrTx, rows: NewsRow[], finish?: FinishRow): Promise<void> {
  if (rows.length === 0) return;
  const withCreatedAt = rows.some((r) => r.createdAt);
  const columns = withCreatedAt ? [...COPY_COLUMNS, 'created_at'] : COPY_COLUMNS;
  const lines = copyLines(rows, withCreatedAt, finish);
  if (await copyRows(tx, 'media_news', columns, lines)) return;
  if (finish) for (let i = 0; i < rows.length; i++) finish(i);
  await insertByUnnest(tx, rows);
}

/**
 * Stores news rows with one `INSERT … SELECT FROM unnest(…)` per 5.000 rows: one parameter per
 * column, whatever the number of rows.
 */
async function insertByUnnest(tx: DbOrTx, rows: NewsRow[]): Promise<void> {
  for (const part of chunks(rows, CHUNK)) {
    const col = <K extends keyof NewsRow>(key: K, map?: (v: NewsRow[K]) => string | number | boolean | null) =>
      arrayLiteral(part.map((r) => (map ? map(r[key]) : (r[key] as string | null))));
    const iso = (d: Date | null) => (d ? d.toISOString() : null);
    await tx.execute(sql`
      INSERT INTO media_news (
        id, published_at, published_date, title, title_key, outlet_id, media_type, url, url_key, summary,
        journalist, tone, tone_origin, tone_set_by, tone_set_at, suggested_tone, suggested_score,
        suggestion_model_id, issues, commodities, spokespersons, region, source, import_batch_id, feed_id,
        duplicate_group_id, duplicate_of_id, duplicate_reason, created_by, created_at)
      SELECT u.id, u.published_at, u.published_date, u.title, u.title_key, u.outlet_id, u.media_type, u.url,
        u.url_key, u.summary, u.journalist, u.tone, u.tone_origin, u.tone_set_by, u.tone_set_at,
        u.suggested_tone, u.suggested_score, u.suggestion_model_id, ${listColumn(sql`u.issues`)},
        ${listColumn(sql`u.commodities`)}, ${listColumn(sql`u.spokespersons`)}, u.region, u.source,
        u.import_batch_id, u.feed_id, u.duplicate_group_id, u.duplicate_of_id, u.duplicate_reason, u.created_by,
        coalesce(u.created_at, now())
      FROM unnest(
        ${col('id')}::text[], ${col('publishedAt', iso)}::timestamptz[], ${col('publishedDate')}::date[],
        ${col('title')}::text[], ${col('titleKey')}::text[], ${col('outletId')}::text[], ${col('mediaType')}::text[],
        ${col('url')}::text[], ${col('urlKey')}::text[], ${col('summary')}::text[], ${col('journalist')}::text[],
        ${col('tone')}::text[], ${col('toneOrigin')}::text[], ${col('toneSetBy')}::text[],
        ${col('toneSetAt', iso)}::timestamptz[], ${col('suggestedTone')}::text[],
        ${col('suggestedScore')}::float8[], ${col('suggestionModelId')}::text[],
        ${packedLists(part.map((r) => r.issues))}::text[], ${packedLists(part.map((r) => r.commodities))}::text[],
        ${packedLists(part.map((r) => r.spokespersons))}::text[], ${col('region')}::text[], ${col('source')}::text[],
        ${col('importBatchId')}::text[], ${col('feedId')}::text[], ${col('duplicateGroupId')}::text[],
        ${col('duplicateOfId')}::text[], ${col('duplicateReason')}::text[], ${col('createdBy')}::text[],
        ${col('createdAt', (d) => iso(d ?? null))}::timestamptz[]
      ) AS u(id, published_at, published_date, title, title_key, outlet_id, media_type, url, url_key, summary,
        journalist, tone, tone_origin, tone_set_by, tone_set_at, suggested_tone, suggested_score,
        suggestion_model_id, issues, commodities, spokespersons, region, source, import_batch_id, feed_id,
        duplicate_group_id, duplicate_of_id, duplicate_reason, created_by, created_at)`);
  }
}
