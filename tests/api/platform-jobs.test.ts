import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobRuns } from '../../src/server/db/schema';
import { createScheduler, type JobDefinition, type JobServices } from '../../src/server/platform/jobs';
import { createTestApp, type TestApp } from '../setup/test-app';

let t: TestApp;
let services: JobServices;

beforeAll(async () => {
  t = await createTestApp();
  services = t.services;
});
afterAll(() => t.close());

/** A clock the test moves by hand; times are in Jakarta (UTC+7). */
function clock(at: string) {
  let now = new Date(`${at}+07:00`);
  return {
    now: () => now,
    set(next: string) {
      now = new Date(`${next}+07:00`);
    },
  };
}

function counting(name: string, cron = '0 * * * *', extra: Partial<JobDefinition> = {}) {
  const calls: { scheduledFor: Date; attempt: number }[] = [];
  const job: JobDefinition = {
    name,
    cron,
    async run(ctx) {
      calls.push({ scheduledFor: ctx.scheduledFor, attempt: ctx.attempt });
      await new Promise((resolve) => setTimeout(resolve, 20));
    },
    ...extra,
  };
  return { job, calls };
}

async function runsOf(job: string) {
  return t.services.db.select().from(jobRuns).where(eq(jobRuns.job, job)).orderBy(asc(jobRuns.scheduledFor));
}

describe('scheduler', () => {
  it('runs an occurrence once when two instances share the database, and a restart neither repeats nor loses it', async () => {
    const { job, calls } = counting('test.hourly');
    const time = clock('2030-03-04T09:30:00');
    const a = createScheduler({ services, jobs: [job], instanceId: 'a', now: time.now });
    const b = createScheduler({ services, jobs: [job], instanceId: 'b', now: time.now });
    await Promise.all([a.runDue(), b.runDue()]);
    // A new job does not run for the 09:00 occurrence that passed before it existed.
    expect(calls).toHaveLength(0);

    time.set('2030-03-04T10:00:30');
    await Promise.all([a.runDue(), b.runDue(), a.runDue(), b.runDue()]);
    expect(calls.map((c) => c.scheduledFor.toISOString())).toEqual(['2030-03-04T03:00:00.000Z']);
    const [run] = await runsOf('test.hourly');
    expect(run).toMatchObject({ status: 'done', attempts: 1 });
    expect(['a', 'b']).toContain(run!.lockedBy);
    await Promise.all([a.stop(), b.stop()]);

    // A restart ten minutes later finds the finished run and leaves it.
    time.set('2030-03-04T10:10:00');
    const c = createScheduler({ services, jobs: [job], instanceId: 'c', now: time.now });
    await c.runDue();
    expect(calls).toHaveLength(1);
    await c.stop();

    // Down from 10:10 to 13:30: the latest missed occurrence (13:00) runs once, the others not at all.
    time.set('2030-03-04T13:30:00');
    const d = createScheduler({ services, jobs: [job], instanceId: 'd', now: time.now });
    await d.runDue();
    await d.runDue();
    expect(calls.map((x) => x.scheduledFor.toISOString())).toEqual(['2030-03-04T03:00:00.000Z', '2030-03-04T06:00:00.000Z']);
    expect((await runsOf('test.hourly')).map((r) => r.scheduledFor.toISOString())).toEqual([
      '2030-03-04T03:00:00.000Z',
      '2030-03-04T06:00:00.000Z',
    ]);
    await d.stop();
  });

  it('takes over a run left running by a dead process once its lease has passed', async () => {
    const { job, calls } = counting('test.leased', '0 * * * *', { leaseMs: 15 * 60_000 });
    await t.services.db.insert(jobRuns).values({
      id: crypto.randomUUID(),
      job: job.name,
      scheduledFor: new Date('2030-03-04T14:00:00+07:00'),
      status: 'running',
      attempts: 1,
      lockedBy: 'dead-process',
      startedAt: new Date('2030-03-04T14:00:05+07:00'),
    });
    const time = clock('2030-03-04T14:10:00');
    const s = createScheduler({ services, jobs: [job], instanceId: 'e', now: time.now });
    await s.runDue();
    expect(calls).toHaveLength(0); // still within the lease: the other process may be alive

    time.set('2030-03-04T14:20:06');
    await s.runDue();
    await s.runDue();
    expect(calls).toEqual([{ scheduledFor: new Date('2030-03-04T14:00:00+07:00'), attempt: 2 }]);
    const [run] = await runsOf(job.name);
    expect(run).toMatchObject({ status: 'done', attempts: 2, lockedBy: 'e' });
    await s.stop();
  });

  it('records a failing job as failed with its error, and runs the others', async () => {
    const failing: JobDefinition = {
      name: 'test.failing',
      cron: '*/5 * * * *',
      async run() {
        throw new Error('server SMTP tidak menjawab');
      },
    };
    const { job: healthy, calls } = counting('test.healthy', '*/5 * * * *');
    const time = clock('2030-03-05T08:01:00');
    const s = createScheduler({ services, jobs: [failing, healthy], now: time.now });
    await s.runDue();
    time.set('2030-03-05T08:05:01');
    await s.runDue();
    const [failed] = await runsOf('test.failing');
    expect(failed).toMatchObject({ status: 'failed', error: 'server SMTP tidak menjawab' });
    expect(failed!.finishedAt).toBeInstanceOf(Date);
    expect(calls).toHaveLength(1);
    expect((await runsOf('test.healthy'))[0]).toMatchObject({ status: 'done' });

    // A failed occurrence is not retried; the next one runs as usual.
    await s.runDue();
    time.set('2030-03-05T08:10:00');
    await s.runDue();
    expect((await runsOf('test.failing')).map((r) => r.status)).toEqual(['failed', 'failed']);
    await s.stop();
  });

  it('runs on its own timer once started, and stops cleanly', async () => {
    const { job, calls } = counting('test.every-second', '* * * * * *');
    const s = createScheduler({ services, jobs: [job], tickMs: 100 });
    await s.start();
    const deadline = Date.now() + 5000;
    while (calls.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    await s.stop();
    expect(calls.length).toBeGreaterThan(0);
    const after = calls.length;
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(calls.length).toBe(after);
  });

  it('refuses a bad cron expression and a name declared twice', () => {
    const run = async () => {};
    expect(() => createScheduler({ services, jobs: [{ name: 'x', cron: 'tiap hari', run }] })).toThrow();
    expect(() =>
      createScheduler({
        services,
        jobs: [
          { name: 'x', cron: '0 * * * *', run },
          { name: 'x', cron: '0 * * * *', run },
        ],
      }),
    ).toThrow(/declared twice/);
  });
});
