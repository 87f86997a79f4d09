import { boolean, customType, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * The news list's own indexes, as tables: each holds, beside what it indexes, the list's filter
 * columns, so a page and its count read it alone (decision record 006).
 *
 * Derived, and kept out of the Drizzle schema on purpose: triggers on media_news (migrations 0011
 * and 0013) write them, so no command can forget them, and a backup, which holds the schema's
 * tables, leaves them out — a restore's rows rebuild them through the same triggers. Read them;
 * never write them.
 */
const listColumns = {
  newsId: text('news_id').notNull(),
  publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
  /** `duplicate_of_id IS NULL`: the item counted for its duplicate group. */
  counted: boolean('counted').notNull(),
  mediaType: text('media_type').notNull(),
  outletId: text('outlet_id').notNull(),
  tone: text('tone'),
};

/** One row per item and issue: an issue's items newest first, along one btree. */
export const mediaNewsIssue = pgTable('media_news_issue', { ...listColumns, issue: text('issue').notNull() });

/** One row per item: its headline's words (Indonesian stemming), GIN-indexed. */
export const mediaNewsSearch = pgTable('media_news_search', { ...listColumns, words: tsvector('words').notNull() });
