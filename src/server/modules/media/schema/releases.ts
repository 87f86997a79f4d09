import { sql } from 'drizzle-orm';
import { date, index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** Press releases (siaran pers) and clarifications (penjelasan/klarifikasi), counted per month and commodity. */
export const mediaReleases = pgTable(
  'media_releases',
  {
    id: text('id').primaryKey(),
    /** press_release | clarification */
    kind: text('kind').notNull(),
    number: text('number').notNull(),
    date: date('date').notNull(),
    title: text('title').notNull(),
    commodities: text('commodities').array().notNull().default(sql`'{}'::text[]`),
    issues: text('issues').array().notNull().default(sql`'{}'::text[]`),
    body: text('body'),
    link: text('link'),
    /** website | media_group | social_media | email | press_conference */
    channels: text('channels').array().notNull().default(sql`'{}'::text[]`),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('media_releases_kind_number_uq').on(t.kind, t.number), index('media_releases_date_idx').on(t.date)],
);

/**
 * Coverage of a strategic activity (peliputan), requested by a unit, and the actual news (berita
 * aktual) it produced on the website, if it was judged strategic enough to publish.
 */
export const mediaCoverages = pgTable(
  'media_coverages',
  {
    id: text('id').primaryKey(),
    activityDate: date('activity_date').notNull(),
    activity: text('activity').notNull(),
    unitId: text('unit_id').notNull(),
    /** in_city | out_of_city */
    location: text('location').notNull(),
    place: text('place'),
    /** The service-desk request it came from, when there is one. */
    serviceRequestRef: text('service_request_ref'),
    /** requested | covered | not_covered */
    status: text('status').notNull(),
    newsTitle: text('news_title'),
    newsUrl: text('news_url'),
    newsPublishedDate: date('news_published_date'),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('media_coverages_date_idx').on(t.activityDate),
    index('media_coverages_news_idx').on(t.newsPublishedDate),
    index('media_coverages_unit_idx').on(t.unitId),
  ],
);
