import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Requests people make about their personal data (UU 27/2022), whichever module holds the data:
 * `subjectType` names the table (`media_journalist`), `subjectId` the record. The person's name is
 * not copied here, so erasing the record leaves no name behind in the log. `dueAt` is fixed at
 * receipt + 72 hours when the request is logged.
 */
export const personalDataRequests = pgTable(
  'personal_data_requests',
  {
    id: text('id').primaryKey(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    /** access | correction | erasure | withdraw_consent | restriction */
    kind: text('kind').notNull(),
    /** email | letter | phone | in_person | other */
    channel: text('channel').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    details: text('details'),
    /** open | done | refused */
    status: text('status').notNull().default('open'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedBy: text('resolved_by'),
    resolution: text('resolution'),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('personal_data_requests_due_idx').on(t.status, t.dueAt),
    index('personal_data_requests_subject_idx').on(t.subjectType, t.subjectId),
  ],
);
