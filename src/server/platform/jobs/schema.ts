import { index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * One row per scheduled run of a job. The unique (job, scheduled_for) pair is what keeps two
 * processes from running the same occurrence, and a restart from repeating a finished one.
 */
export const jobRuns = pgTable(
  'job_runs',
  {
    id: text('id').primaryKey(),
    job: text('job').notNull(),
    scheduledFor: timestamp('scheduled_for', { withTimezone: true }).notNull(),
    status: text('status').notNull(), // running | done | failed
    attempts: integer('attempts').notNull().default(1),
    lockedBy: text('locked_by'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    error: text('error'),
  },
  (t) => [uniqueIndex('job_runs_job_slot_uq').on(t.job, t.scheduledFor), index('job_runs_job_idx').on(t.job)],
);
