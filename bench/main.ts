import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseBenchArgs, USAGE, type BenchOptions } from './args';
import { runLoad } from './load';
import { codeVersion, jakartaIso, machineInfo } from './machine';
import { renderMarkdown } from './report';
import { type BenchRun, barFor, type DatabaseRun, hasErrors, type RequestResult } from './results';
import { SCENARIOS } from './scenarios';
import { BenchServer, readMemory, resetPeak, sampleMemory } from './server';
import { createPgliteTarget, createPostgresTarget, postgresUnavailable, ROOT, runSimpul, type Target } from './targets';
import { type BenchRequest, type DbKind, type LiveContext, READ_BAR, type Scenario } from './types';

const say = (line: string) => process.stdout.write(`${line}\n`);
const since = (start: number) => (performance.now() - start) / 1000;
const mib = (kb: number) => kb / 1024;

/** Cleanup that must run even on Ctrl-C: the server child, the temporary database. */
const cleanups = new Set<() => Promise<void>>();
async function cleanUp() {
  for (const fn of [...cleanups].reverse()) await fn().catch((e) => say(`cleanup: ${e instanceof Error ? e.message : e}`));
  cleanups.clear();
}

function selectScenarios(only: string[]): Scenario[] {
  const unknown = only.filter((name) => !SCENARIOS.some((s) => s.name === name));
  if (unknown.length) throw new Error(`unknown scenario ${unknown.join(', ')}; known: ${SCENARIOS.map((s) => s.name).join(', ')}`);
  return only.length ? SCENARIOS.filter((s) => only.includes(s.name)) : SCENARIOS;
}

async function measureRequest(server: BenchServer, kind: DbKind, scenario: string, req: BenchRequest, o: BenchOptions) {
  const method = req.method ?? 'GET';
  const body = req.body === undefined ? undefined : JSON.stringify(req.body);
  const headers = await server.headers(req.as, body !== undefined);
  const url = `${server.url}${req.path}`;

  // One request first: a wrong path or role fails here with the server's answer, not as 50.000 errors.
  const probe = await fetch(url, { method, headers, body });
  if (!probe.ok) throw new Error(`${req.name} as ${req.as ?? 'anonymous'} answered ${probe.status}: ${(await probe.text()).slice(0, 500)}`);
  await probe.arrayBuffer();

  const spec = { url, method, headers, body, connections: o.connections };
  if (o.warmup > 0) await runLoad({ ...spec, durationS: o.warmup });

  const exactPeak = resetPeak(server.pid);
  const sampler = sampleMemory(server.pid);
  const load = await runLoad({ ...spec, durationS: o.duration });
  const sampledKb = await sampler.stop();
  const hwm = exactPeak ? (await readMemory(server.pid)).peakKb : undefined;

  const p95BarMs = barFor(req.bar === undefined ? READ_BAR : req.bar, kind);
  const result: RequestResult = {
    scenario,
    request: req.name,
    method,
    path: req.path,
    as: req.as ?? null,
    ...load,
    p95BarMs,
    // Percentiles are of the answers; a request unanswered within the timeout fails the bar outright.
    meetsBar: p95BarMs === null ? null : load.timeouts === 0 && load.latencyMs.p95 <= p95BarMs,
    peakRssMiB: mib(Math.max(hwm ?? 0, sampledKb)),
    rssMethod: hwm !== undefined ? 'VmHWM' : 'sampled',
  };
  const l = result.latencyMs;
  const verdict = result.meetsBar === null ? '' : result.meetsBar ? ` ✓ ≤ ${p95BarMs}` : ` ✗ > ${p95BarMs}`;
  say(
    `    ${req.name.padEnd(34)} p50 ${l.p50.toFixed(1)}  p95 ${l.p95.toFixed(1)}${verdict}  p99 ${l.p99.toFixed(1)} ms  ` +
      `${Math.round(result.requestsPerSecond)} req/s  RSS ${result.peakRssMiB.toFixed(0)} MiB` +
      (hasErrors(result)
        ? `  !! ${result.non2xx} non-2xx ${JSON.stringify(result.statusCodes)}, ${result.errors} errors, ${result.timeouts} timeouts`
        : ''),
  );
  return result;
}

async function benchDatabase(kind: DbKind, scenarios: Scenario[], o: BenchOptions): Promise<DatabaseRun> {
  say(`\n== ${kind} ==`);
  if (kind === 'postgres') {
    const why = await postgresUnavailable(o.postgresUrl);
    if (why) {
      const note = `PostgreSQL is not reachable at ${new URL(o.postgresUrl).host} (${why}); skipped.`;
      say(`  NOTE: ${note}`);
      return { kind, status: 'skipped', note, results: [] };
    }
  }
  const target: Target = kind === 'pglite' ? await createPgliteTarget() : await createPostgresTarget(o.postgresUrl);
  const dispose = () => target.dispose();
  cleanups.add(dispose);
  const run: DatabaseRun = { kind, status: 'measured', location: target.location, results: [] };
  let server: BenchServer | undefined;
  try {
    say(`  ${target.location}`);
    let t = performance.now();
    const demoOutput = await runSimpul(target, ['demo', '--scale', String(o.scale)]);
    run.demoSeconds = since(t);
    run.demoModules = /demo loaded: (.+)$/m.exec(demoOutput)?.[1]?.split(', ');
    say(`  demo --scale ${o.scale}: ${run.demoSeconds.toFixed(1)} s (${run.demoModules?.join(', ') ?? '?'})`);

    t = performance.now();
    for (const scenario of scenarios) {
      await scenario.prepare?.({
        kind,
        scale: o.scale,
        withServices: target.withServices,
        simpul: async (args) => {
          await runSimpul(target, args);
        },
        log: (m) => say(`  [${scenario.name}] ${m}`),
        record: (m) => {
          const bar = m.bar ?? null;
          const meetsBar = bar === null ? null : bar.kind === 'atLeast' ? m.value >= bar.value : m.value <= bar.value;
          run.measurements = [...(run.measurements ?? []), { scenario: scenario.name, ...m, meetsBar }];
          say(`  [${scenario.name}] ${m.name}: ${m.value.toFixed(0)} ${m.unit}${meetsBar === null ? '' : meetsBar ? ' ✓' : ' ✗'}`);
        },
      });
    }
    run.prepareSeconds = since(t);

    t = performance.now();
    server = await BenchServer.start(target);
    const running = server;
    const stopServer = () => running.stop();
    cleanups.add(stopServer);
    run.serverStartSeconds = since(t);
    say(`  server pid ${server.pid} on ${server.url}, ready in ${run.serverStartSeconds.toFixed(1)} s`);

    const live: LiveContext = {
      kind,
      scale: o.scale,
      async getJson<T>(p: string, as?: Parameters<BenchServer['headers']>[0]) {
        const res = await fetch(`${running.url}${p}`, { headers: await running.headers(as, false) });
        if (!res.ok) throw new Error(`GET ${p} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
        return (await res.json()) as T;
      },
    };
    const plans: { scenario: Scenario; requests: BenchRequest[] }[] = [];
    for (const scenario of scenarios) {
      const requests = typeof scenario.requests === 'function' ? await scenario.requests(live) : scenario.requests;
      for (const req of requests) if (req.as) await server.cookieFor(req.as);
      plans.push({ scenario, requests });
    }
    run.idleRssMiB = mib((await readMemory(server.pid)).rssKb);

    for (const { scenario, requests } of plans) {
      say(`  scenario ${scenario.name}: ${scenario.description}`);
      for (const req of requests) run.results.push(await measureRequest(server, kind, scenario.name, req, o));
    }
  } catch (error) {
    run.status = 'failed';
    run.note = error instanceof Error ? error.message : String(error);
    say(`  FAILED: ${run.note}`);
  } finally {
    if (server) {
      await server.stop();
    }
    await dispose();
    cleanups.clear();
  }
  return run;
}

export async function main(argv: string[]): Promise<number> {
  let o: BenchOptions | undefined;
  try {
    o = parseBenchArgs(argv);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : error}\n\n${USAGE}\n`);
    return 2;
  }
  if (!o) return 0;
  let scenarios: Scenario[];
  try {
    scenarios = selectScenarios(o.only);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : error}\n`);
    return 2;
  }
  const onSignal = () => {
    say('\ninterrupted: stopping the server and removing the benchmark database');
    void cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const started = performance.now();
  const run: BenchRun = {
    date: jakartaIso(),
    machine: machineInfo(),
    code: codeVersion(),
    loadAverage: os.loadavg().map((v) => Math.round(v * 100) / 100),
    options: {
      connections: o.connections,
      durationS: o.duration,
      warmupS: o.warmup,
      scale: o.scale,
      scenarios: scenarios.map((s) => s.name),
      databases: o.databases,
    },
    databases: [],
    ok: true,
  };
  say(
    `Simpul benchmark: ${scenarios.map((s) => s.name).join(', ')} on ${o.databases.join(', ')}; ${o.connections} connections, ${o.warmup} + ${o.duration} s per request`,
  );
  for (const kind of o.databases) run.databases.push(await benchDatabase(kind, scenarios, o));
  run.ok = run.databases.every((d) => d.status !== 'failed' && d.results.every((r) => !hasErrors(r)));
  say(`\nfinished in ${since(started).toFixed(0)} s`);

  if (!run.ok) {
    const file = path.join(os.tmpdir(), `simpul-bench-failed-${Date.now()}.json`);
    fs.writeFileSync(file, `${JSON.stringify(run, null, 2)}\n`);
    process.stderr.write(
      `\nBENCHMARK FAILED: a request answered with errors or a database run failed; this is not a result.\n` +
        `docs/benchmarks.md and bench/results/ are left as they were; the raw run is in ${file}\n`,
    );
    return 1;
  }
  const missed = run.databases.flatMap((d) => d.results.filter((r) => r.meetsBar === false).map((r) => `${d.kind} ${r.request}`));
  if (missed.length) say(`p95 above the spec's bar: ${missed.join('; ')}`);
  for (const d of run.databases) if (d.status === 'skipped') say(`NOTE: ${d.kind} was not measured: ${d.note}`);
  if (!run.databases.some((d) => d.status === 'measured')) {
    say('no database was measured: docs/benchmarks.md and bench/results/ are left as they were');
    return o.write ? 1 : 0;
  }
  if (o.write) {
    fs.mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
    fs.writeFileSync(path.join(ROOT, 'bench/results/latest.json'), `${JSON.stringify(run, null, 2)}\n`);
    fs.writeFileSync(path.join(ROOT, 'docs/benchmarks.md'), renderMarkdown(run));
    say('wrote docs/benchmarks.md and bench/results/latest.json');
  }
  return 0;
}
