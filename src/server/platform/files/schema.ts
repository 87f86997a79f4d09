import { bigint, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Uploaded files (signed agreements, evidence, photos). The bytes live in the file store. */
export const files = pgTable(
  'files',
  {
    id: text('id').primaryKey(),
    originalName: text('original_name').notNull(),
    mime: text('mime').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    /** The unit the file belongs to: unit-scoped users reach only their own unit's files. */
    unitId: text('unit_id'),
    uploadedBy: text('uploaded_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('files_unit_idx').on(t.unitId)],
);
