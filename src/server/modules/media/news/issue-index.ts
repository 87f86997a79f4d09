import { boolean, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row per news item and issue, with the list's other filter columns: the news list filtered by
 * issue walks its btree newest first instead of sorting a GIN bitmap (decision record 006).
 *
 * Derived, and kept out of the Drizzle schema on purpose: triggers on media_news (migration 0011)
 * write it, so no command can forget it, and a backup, which holds the schema's tables, leaves it
 * out — a restore's rows rebuild it through the same triggers. Read it; never write it.
 */
export const mediaNewsIssue = pgTable('media_news_issue', {
  newsId: text('news_id').notNull(),
  issue: text('issue').notNull(),
  publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
  /** `duplicate_of_id IS NULL`: the item counted for its duplicate group. */
  counted: boolean('counted').notNull(),
  mediaType: text('media_type').notNull(),
  outletId: text('outlet_id').notNull(),
  tone: text('tone'),
});
