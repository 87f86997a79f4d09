import type { Logger } from 'pino';
import type { Db } from '../../db/types';
import type { TEnv } from '../../env';
import type { Mailer } from '../notify/mailer';

/** What a job may use: the database, the mailer, the log and the configuration. */
export interface JobServices {
  db: Db;
  mailer: Mailer;
  logger: Logger;
  env: TEnv;
}

export interface JobContext extends JobServices {
  /** The occurrence being run (not the moment it started: a catch-up runs late). */
  scheduledFor: Date;
  /** 1, or more when a run left unfinished by a stopped process is taken over. */
  attempt: number;
  /** Aborted when the application stops: a long job should stop at a safe point. */
  signal: AbortSignal;
}

/**
 * A job declared in code. The scheduler runs each occurrence of `cron` once across every process
 * sharing the database, and records it in `job_runs`.
 */
export interface JobDefinition {
  /** Unique, `module.what` (e.g. `notify.email-pending`). */
  name: string;
  /** croner syntax (5 or 6 fields), read in `timezone`. */
  cron: string;
  /** Default Asia/Jakarta, the bureau's time. */
  timezone?: string;
  /**
   * How long a run may stay `running` before another process takes it to have died and runs it
   * again (default 15 minutes). Must exceed the job's longest real run.
   */
  leaseMs?: number;
  run(ctx: JobContext): Promise<void>;
}

export function defineJob(job: JobDefinition): JobDefinition {
  return job;
}
