import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array | Buffer }>({
  dataType: () => 'bytea',
  fromDriver: (value) => new Uint8Array(value),
});

/** An RSS or Atom feed polled by the `media.poll-feeds` job; items matching a keyword become news. */
export const mediaFeeds = pgTable('media_feeds', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  url: text('url').notNull(),
  outletId: text('outlet_id'),
  /** An item is taken when its title or summary holds one of these (case and accents ignored). */
  keywords: text('keywords').array().notNull(),
  active: boolean('active').notNull().default(true),
  intervalMinutes: integer('interval_minutes').notNull().default(30),
  nextPollAt: timestamp('next_poll_at', { withTimezone: true }).notNull().defaultNow(),
  lastPolledAt: timestamp('last_polled_at', { withTimezone: true }),
  lastSuccessAt: timestamp('last_success_at', { withTimezone: true }),
  lastError: text('last_error'),
  /** The failure's kind (shared/media FEED_FAILURES): the screen explains it from this, not from the text. */
  lastErrorKind: text('last_error_kind'),
  consecutiveFailures: integer('consecutive_failures').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One poll of a feed: what it found, or why it failed. */
export const mediaFeedPolls = pgTable(
  'media_feed_polls',
  {
    id: text('id').primaryKey(),
    feedId: text('feed_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** ok | error */
    status: text('status').notNull(),
    itemsSeen: integer('items_seen').notNull().default(0),
    itemsAdded: integer('items_added').notNull().default(0),
    durationMs: integer('duration_ms').notNull().default(0),
    error: text('error'),
    errorKind: text('error_kind'),
  },
  (t) => [index('media_feed_polls_feed_idx').on(t.feedId, t.at)],
);

/** A digest of the monitoring as sent: its window and a snapshot of what it said. */
export const mediaDigests = pgTable(
  'media_digests',
  {
    id: text('id').primaryKey(),
    /** The scheduled moment it belongs to (unique: a slot is never digested twice). */
    slot: timestamp('slot', { withTimezone: true }).notNull(),
    /** working | non_working | manual */
    kind: text('kind').notNull(),
    windowFrom: timestamp('window_from', { withTimezone: true }).notNull(),
    windowTo: timestamp('window_to', { withTimezone: true }).notNull(),
    content: jsonb('content').notNull(),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
    emailedTo: integer('emailed_to').notNull().default(0),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('media_digests_slot_uq').on(t.slot)],
);

/** Who receives the digest by e-mail: a unit's address (units subscribe, spec 30). */
export const mediaDigestSubscriptions = pgTable(
  'media_digest_subscriptions',
  {
    id: text('id').primaryKey(),
    unitId: text('unit_id').notNull(),
    email: text('email').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('media_digest_subs_uq').on(t.unitId, t.email)],
);

/** A spike: a day's volume of an issue (or of negative items) far above its previous 14 days. */
export const mediaAlerts = pgTable(
  'media_alerts',
  {
    id: text('id').primaryKey(),
    date: date('date').notNull(),
    /** issue | negative */
    kind: text('kind').notNull(),
    /** The issue; '' for negative tone. */
    subject: text('subject').notNull(),
    count: integer('count').notNull(),
    baselineMean: doublePrecision('baseline_mean').notNull(),
    baselineSd: doublePrecision('baseline_sd').notNull(),
    threshold: doublePrecision('threshold').notNull(),
    acknowledgedBy: text('acknowledged_by'),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('media_alerts_day_uq').on(t.date, t.kind, t.subject)],
);

/** A trained tone model, its weights and its scores on held-out confirmed items. */
export const mediaToneModels = pgTable('media_tone_models', {
  id: text('id').primaryKey(),
  trainedAt: timestamp('trained_at', { withTimezone: true }).notNull().defaultNow(),
  trainItems: integer('train_items').notNull(),
  testItems: integer('test_items').notNull(),
  accuracy: doublePrecision('accuracy'),
  macroF1: doublePrecision('macro_f1'),
  /** Per class precision, recall, F1, support; the confusion matrix; the lexicon's own scores. */
  metrics: jsonb('metrics').notNull(),
  weights: bytea('weights').notNull(),
  active: boolean('active').notNull().default(false),
  trainSeconds: doublePrecision('train_seconds').notNull(),
});

/** A saved mapping from a vendor's export columns to the news import's columns. */
export const mediaImportMappings = pgTable(
  'media_import_mappings',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    mapping: jsonb('mapping').notNull(),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('media_import_mappings_name_uq').on(sql`lower(${t.name})`)],
);
