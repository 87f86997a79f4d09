import { sql } from 'drizzle-orm';
import { boolean, date, doublePrecision, index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** A news outlet (spec 30, "Media contacts"): where items appear and where journalists work. */
export const mediaOutlets = pgTable(
  'media_outlets',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** The name lower-cased with spaces and punctuation folded: how imports and feeds find the outlet. */
    nameKey: text('name_key').notNull(),
    /** online | print | tv | radio (the report groups tv and radio as elektronik). */
    mediaType: text('media_type').notNull(),
    region: text('region'),
    website: text('website'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('media_outlets_name_key_uq').on(t.nameKey)],
);

/**
 * A journalist: personal data (UU 27/2022). The legal basis, purpose and consent are recorded with
 * the notice version; `retentionUntil` is when the record is anonymized unless renewed.
 */
export const mediaJournalists = pgTable(
  'media_journalists',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    outletId: text('outlet_id').references(() => mediaOutlets.id),
    beat: text('beat'),
    mediaType: text('media_type'),
    region: text('region'),
    email: text('email'),
    phone: text('phone'),
    /** consent | legitimate_interest | public_task */
    legalBasis: text('legal_basis').notNull(),
    purpose: text('purpose').notNull(),
    consentAt: timestamp('consent_at', { withTimezone: true }),
    consentNoticeVersion: text('consent_notice_version'),
    retentionUntil: date('retention_until').notNull(),
    /** Processing restricted at the person's request: kept, but not used for invitations or digests. */
    restrictedAt: timestamp('restricted_at', { withTimezone: true }),
    anonymizedAt: timestamp('anonymized_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('media_journalists_outlet_idx').on(t.outletId), index('media_journalists_retention_idx').on(t.retentionUntil)],
);

/**
 * A news item about the agency. `tone` is the confirmed tone (null until someone sets it); the
 * classifier's suggestion sits beside it, and `suggestionAccepted` records whether the person who
 * set the tone took the suggestion. Syndicated copies and repeated URLs share a `duplicateGroupId`;
 * only the item with no `duplicateOfId` is counted.
 */
export const mediaNews = pgTable(
  'media_news',
  {
    id: text('id').primaryKey(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    /** The publication day in Asia/Jakarta: what periods, months and digests count by. */
    publishedDate: date('published_date').notNull(),
    title: text('title').notNull(),
    /** The title normalized (case, punctuation, an outlet's suffix): finds syndicated copies. */
    titleKey: text('title_key').notNull(),
    outletId: text('outlet_id')
      .notNull()
      .references(() => mediaOutlets.id),
    mediaType: text('media_type').notNull(),
    url: text('url'),
    /** The URL without scheme, www, tracking parameters or fragment: finds the same item twice. */
    urlKey: text('url_key'),
    summary: text('summary'),
    journalist: text('journalist'),
    journalistId: text('journalist_id'),
    tone: text('tone'),
    /** staff | import: who decided the tone (an imported file's tone was decided by its vendor). */
    toneOrigin: text('tone_origin'),
    toneSetBy: text('tone_set_by'),
    toneSetAt: timestamp('tone_set_at', { withTimezone: true }),
    suggestedTone: text('suggested_tone'),
    suggestedScore: doublePrecision('suggested_score'),
    suggestionModelId: text('suggestion_model_id'),
    suggestionAccepted: boolean('suggestion_accepted'),
    issues: text('issues').array().notNull().default(sql`'{}'::text[]`),
    commodities: text('commodities').array().notNull().default(sql`'{}'::text[]`),
    spokespersons: text('spokespersons').array().notNull().default(sql`'{}'::text[]`),
    region: text('region'),
    /** manual | import | feed | demo */
    source: text('source').notNull(),
    importBatchId: text('import_batch_id'),
    feedId: text('feed_id'),
    duplicateGroupId: text('duplicate_group_id').notNull(),
    duplicateOfId: text('duplicate_of_id'),
    /** url | syndicated */
    duplicateReason: text('duplicate_reason'),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('media_news_counted_idx').on(t.publishedDate, t.tone).where(sql`${t.duplicateOfId} IS NULL`),
    index('media_news_queue_idx').on(t.publishedAt).where(sql`${t.tone} IS NULL AND ${t.duplicateOfId} IS NULL`),
    index('media_news_outlet_idx').on(t.outletId, t.publishedDate),
    index('media_news_type_idx').on(t.mediaType, t.publishedDate).where(sql`${t.duplicateOfId} IS NULL`),
    index('media_news_url_key_idx').on(t.urlKey),
    index('media_news_title_key_idx').on(t.titleKey, t.publishedDate),
    index('media_news_group_idx').on(t.duplicateGroupId),
    // The list, newest first, one item per duplicate group: read in index order, never sorted.
    index('media_news_list_idx').on(t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst()).where(sql`${t.duplicateOfId} IS NULL`),
  ],
);
