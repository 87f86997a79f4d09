import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { Cron } from 'croner';
import { and, eq, inArray, lt, max, sql } from 'drizzle-orm';
import { jobRuns } from './schema';
import type { JobDefinition, JobServices } from './types';

const DEFAULT_LEASE_MS = 15 * 60_000;
const DEFAULT_TICK_MS = 15_000;

export interface SchedulerOptions {
  services: JobServices;
  jobs: JobDefinition[];
  /** Names this process in `job_runs.locked_by`. */
  instanceId?: string;
  /** How often due occurrences are looked for (default 15 s). */
  tickMs?: number;
  /** The clock (tests set it). */
  now?: () => Date;
}

export interface Scheduler {
  /** Reads each job's last run, then runs what is due and keeps looking every tick. */
  start(): Promise<void>;
  /** Runs what is due now and waits for those runs (the timer calls it; tests call it directly). */
  runDue(): Promise<void>;
  /** Stops looking, asks running jobs to stop, and waits for them. */
  stop(): Promise<void>;
}

/**
 * Runs jobs declared in code, each occurrence once across every process on the database:
 *
 * - An occurrence is claimed by INSERTing its (job, scheduled_for) row; the unique index lets
 *   only one process succeed, so two instances never both run it.
 * - Only the latest due occurrence is ever run. After a restart, occurrences missed while the
 *   application was down are caught up once (the latest of them), never one by one.
 * - A job with no run yet starts from the moment the scheduler starts: a new job does not run
 *   for an occurrence that passed before it existed.
 * - A run left `running` past its lease (its process died) is taken over, attempts + 1.
 * - A failing job is recorded `failed` with its error; the other jobs run on.
 */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const { services, jobs } = options;
  const { db, logger } = services;
  const instanceId = options.instanceId ?? `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const clock = options.now ?? (() => new Date());
  const names = new Set<string>();
  const crons = new Map<string, Cron>();
  for (const job of jobs) {
    if (names.has(job.name)) throw new Error(`job ${job.name} is declared twice`);
    names.add(job.name);
    // Paused and without a function: croner only computes the occurrences; the ticks run them.
    crons.set(job.name, new Cron(job.cron, { timezone: job.timezone ?? 'Asia/Jakarta', paused: true }));
  }
  const baselines = new Map<string, Date>();
  const running = new Map<string, Promise<void>>();
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let tick: Promise<void> | undefined;
  let started = false;

  async function loadBaselines() {
    const last = jobs.length
      ? await db
          .select({ job: jobRuns.job, at: max(jobRuns.scheduledFor) })
          .from(jobRuns)
          .where(inArray(jobRuns.job, [...names]))
          .groupBy(jobRuns.job)
      : [];
    const lastOf = new Map(last.map((r) => [r.job, r.at]));
    const now = clock();
    for (const job of jobs) baselines.set(job.name, lastOf.get(job.name) ?? now);
  }

  /** The latest occurrence at or before now. */
  function dueSlot(job: JobDefinition, now: Date): Date | null {
    // croner's previousRuns excludes its reference; look from a second ahead and keep the past ones.
    const runs = crons.get(job.name)!.previousRuns(2, new Date(now.getTime() + 1000));
    return runs.find((r) => r.getTime() <= now.getTime()) ?? null;
  }

  async function claim(job: JobDefinition, slot: Date, now: Date): Promise<{ id: string; attempts: number } | null> {
    const [inserted] = await db
      .insert(jobRuns)
      .values({ id: randomUUID(), job: job.name, scheduledFor: slot, status: 'running', attempts: 1, lockedBy: instanceId, startedAt: now })
      .onConflictDoNothing()
      .returning({ id: jobRuns.id, attempts: jobRuns.attempts });
    if (inserted) return inserted;
    // The occurrence exists: take it over only if it was left running past its lease. The
    // condition is re-checked under the row lock, so only one process can take it over.
    const lease = job.leaseMs ?? DEFAULT_LEASE_MS;
    const [retaken] = await db
      .update(jobRuns)
      .set({ attempts: sql`${jobRuns.attempts} + 1`, lockedBy: instanceId, startedAt: now, error: null })
      .where(
        and(
          eq(jobRuns.job, job.name),
          eq(jobRuns.scheduledFor, slot),
          eq(jobRuns.status, 'running'),
          lt(jobRuns.startedAt, new Date(now.getTime() - lease)),
        ),
      )
      .returning({ id: jobRuns.id, attempts: jobRuns.attempts });
    return retaken ?? null;
  }

  async function execute(job: JobDefinition, run: { id: string; attempts: number }, slot: Date) {
    const mine = and(eq(jobRuns.id, run.id), eq(jobRuns.lockedBy, instanceId), eq(jobRuns.attempts, run.attempts));
    const log = logger.child({ job: job.name, scheduledFor: slot.toISOString(), attempt: run.attempts });
    const startedAt = Date.now();
    try {
      await job.run({ ...services, scheduledFor: slot, attempt: run.attempts, signal: abort.signal });
      await db.update(jobRuns).set({ status: 'done', finishedAt: new Date() }).where(mine);
      log.info({ ms: Date.now() - startedAt }, 'job done');
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log.error({ err: error }, 'job failed');
      await db
        .update(jobRuns)
        .set({ status: 'failed', finishedAt: new Date(), error: message.slice(0, 2000) })
        .where(mine)
        .catch((err: unknown) => log.error({ err }, 'could not record the failed job'));
    }
  }

  /** Claims and starts what is due; returns the started runs without waiting for them. */
  async function startDue(): Promise<Promise<void>[]> {
    if (!started) await loadBaselines();
    started = true;
    const now = clock();
    const runs: Promise<void>[] = [];
    for (const job of jobs) {
      if (running.has(job.name)) continue; // its previous run is still going in this process
      const slot = dueSlot(job, now);
      if (!slot || slot.getTime() < baselines.get(job.name)!.getTime()) continue;
      let run: Awaited<ReturnType<typeof claim>>;
      try {
        run = await claim(job, slot, now);
      } catch (error) {
        logger.error({ err: error, job: job.name }, 'could not claim the job run');
        continue;
      }
      if (!run) continue;
      const promise = execute(job, run, slot).finally(() => running.delete(job.name));
      running.set(job.name, promise);
      runs.push(promise);
    }
    return runs;
  }

  async function runDue() {
    await Promise.all(await startDue());
  }

  return {
    async start() {
      await loadBaselines();
      started = true;
      // A tick waits for the claims, not for the runs: a long job does not hold back the others.
      const onTick = () => {
        if (tick) return; // the previous tick is still claiming
        tick = startDue()
          .then(() => undefined)
          .catch((error: unknown) => logger.error({ err: error }, 'scheduler tick failed'))
          .finally(() => {
            tick = undefined;
          });
      };
      onTick();
      timer = setInterval(onTick, options.tickMs ?? DEFAULT_TICK_MS);
      timer.unref();
      logger.info({ jobs: [...names], instanceId }, 'scheduler started');
    },
    runDue,
    async stop() {
      if (timer) clearInterval(timer);
      abort.abort();
      // A tick in progress may still start runs: wait for it, then for every run.
      await tick;
      await Promise.allSettled(running.values());
    },
  };
}
