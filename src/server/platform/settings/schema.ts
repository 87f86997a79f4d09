import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Instance settings set by an admin (e.g. which roles must use a second factor). */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
