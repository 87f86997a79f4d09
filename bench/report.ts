import type { BenchRun, DatabaseRun, RequestResult } from './results';

const DB_TITLE = { pglite: 'PGlite (embedded)', postgres: 'PostgreSQL' } as const;

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '—');
const seconds = (v: number | undefined) => (v === undefined ? '—' : `${v.toFixed(1)} s`);

function barCell(r: RequestResult): string {
  if (r.p95BarMs === null) return '—';
  return `≤ ${r.p95BarMs} ${r.meetsBar ? '✓' : '✗'}`;
}

function errorCell(r: RequestResult): string {
  const total = r.non2xx + r.errors + r.timeouts;
  if (total === 0) return '0';
  const parts = Object.entries(r.statusCodes).map(([code, n]) => `${n}×${code}`);
  if (r.errors) parts.push(`${r.errors} conn. errors`);
  if (r.timeouts) parts.push(`${r.timeouts} timeouts`);
  return `**${total}** (${parts.join(', ')})`;
}

function databaseSection(db: DatabaseRun): string[] {
  const lines = [`### ${DB_TITLE[db.kind]}`, ''];
  if (db.status === 'skipped') return [...lines, `Not measured: ${db.note}`, ''];
  if (db.status === 'failed') lines.push(`**Failed:** ${db.note}`, '');
  lines.push(
    `${db.location ?? ''}. Demo load (${db.demoModules?.join(', ') ?? '?'}) ${seconds(db.demoSeconds)}, scenario preparation ${seconds(db.prepareSeconds)}, ` +
      `server start ${seconds(db.serverStartSeconds)}, server RSS at rest ${db.idleRssMiB?.toFixed(0) ?? '—'} MiB.`,
    '',
    '| scenario | request | as | p50 ms | p95 ms | bar p95 ms | p99 ms | req/s | errors | peak server RSS |',
    '|---|---|---|--:|--:|:-:|--:|--:|--:|--:|',
  );
  const measured = db.measurements ?? [];
  if (measured.length) {
    const header = ['| scenario | measured while preparing | value | bar | detail |', '|---|---|--:|:-:|---|'];
    const rows = measured.map((m) => {
      const bar = m.bar ? `${m.bar.kind === 'atLeast' ? '≥' : '≤'} ${m.bar.value} ${m.meetsBar ? '✓' : '✗'}` : '—';
      return `| ${m.scenario} | ${m.name} | ${Math.round(m.value)} ${m.unit} | ${bar} | ${m.detail ?? ''} |`;
    });
    // The request table's header was just pushed: the measurements go before it.
    lines.splice(lines.length - 2, 0, ...header, ...rows, '');
  }
  for (const r of db.results) {
    lines.push(
      `| ${r.scenario} | \`${r.request}\` | ${r.as ?? 'anonymous'} | ${ms(r.latencyMs.p50)} | ${ms(r.latencyMs.p95)} | ${barCell(r)} | ` +
        `${ms(r.latencyMs.p99)} | ${Math.round(r.requestsPerSecond)} | ${errorCell(r)} | ${r.peakRssMiB.toFixed(0)} MiB |`,
    );
  }
  lines.push('');
  return lines;
}

/** docs/benchmarks.md: how to run, the method, and the latest run (git history keeps the earlier ones). */
export function renderMarkdown(run: BenchRun): string {
  const o = run.options;
  const m = run.machine;
  return [
    '# Benchmarks',
    '',
    'Measured speed and memory of the HTTP API against the quality bars of `spec/90-platform.md`: with 50',
    'concurrent users the dashboard and list endpoints answer at **p95 ≤ 100 ms on PostgreSQL** and',
    '**≤ 250 ms on PGlite**, on a 2-core machine. This file shows the latest run only; its git history keeps',
    'the earlier ones. The raw numbers of the same run are in `bench/results/latest.json`.',
    '',
    '## How to run',
    '',
    '```sh',
    'npm run bench                                  # both databases, every scenario (~3 minutes)',
    'npm run bench -- --db pglite --only platform    # one database, one scenario',
    "npm run bench -- --scale 10                     # the spec's ten-year dataset",
    'npm run bench -- --help                         # --duration, --warmup, --connections, --no-write, …',
    '```',
    '',
    'PostgreSQL is used when a server answers at `postgres://postgres@127.0.0.1:5432/postgres` (or',
    '`--postgres-url` / `BENCH_POSTGRES_URL`); otherwise it is skipped with a note, here and on the console.',
    'A run in which any request answers other than 2xx, or a connection fails, is not a result: the',
    'command exits with status 1 and leaves this file and `bench/results/` untouched. A request left',
    'unanswered for 10 s is a result, a slow one: it is counted under errors and fails the bar (the',
    'percentiles are of the answers received).',
    '',
    '## Method',
    '',
    'For each database the harness (`bench/main.ts`):',
    '',
    '1. creates an empty database — a fresh PGlite folder in the temporary directory, or a fresh',
    '   `simpul_bench_<n>` database on the PostgreSQL server, dropped afterwards;',
    "2. runs `simpul demo --scale N` on it (the modules' demo loaders generate N years of data at 2021's",
    "   scale), then each scenario's `prepare` hook (`bench/scenarios/`) — the media scenario's imports a",
    '   20.000-row news file there as the import screen does (preview with its duplicate listing, then',
    '   commit) and records rows per second, after a 5.000-row import that runs the same code once, whose',
    "   figure is recorded beside it as the process's first;",
    '3. starts the real server as a child process (`simpul serve --demo --port <free port>`, default',
    '   environment with `LOG_LEVEL=warn`), waits for `GET /healthz`, and signs in the demo accounts the',
    '   requests need (`POST /api/auth/sign-in/email`; each request then carries that session cookie, so',
    '   session lookup is part of every measured request);',
    '4. for each request: checks it answers 2xx once, runs [autocannon](https://github.com/mcollina/autocannon)',
    '   for a warm-up whose numbers are discarded, then the measured run — a fixed number of concurrent',
    '   keep-alive connections, each sending its next request as soon as the previous answer arrives',
    '   (closed loop, no pipelining), for a fixed duration, all on 127.0.0.1.',
    '',
    '**Latency percentiles** are exact: the harness keeps every response time autocannon reports',
    '(`response` event, fractional milliseconds from `process.hrtime`) and takes the nearest-rank p50, p95',
    "and p99 of them. autocannon's own summary rounds to whole milliseconds and has p90 and p97.5 but no p95.",
    "**req/s** is responses divided by the measured seconds. **Peak server RSS** is the server process's",
    "resident memory high-water mark during the measured seconds: the kernel's peak (`VmHWM`) is reset by",
    'writing `5` to `/proc/<pid>/clear_refs` before each measurement and read after it; where that is not',
    'possible, `VmRSS` sampled every 100 ms.',
    '',
    'The load generator runs on the same machine as the server and takes part of its CPU, as a fair',
    'stand-in for "a 2-core machine" serving 50 users; the PostgreSQL server shares the machine too.',
    '',
    '## Latest run',
    '',
    `- **Date:** ${run.date}`,
    `- **Machine:** ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB memory; ${m.os}; Node.js ${m.node}`,
    `- **Code:** ${run.code}`,
    `- **Load average when the run began** (1, 5, 15 min): ${run.loadAverage.join(', ')} — other work on the machine skews the numbers`,
    `- **Load:** ${o.connections} connections, ${o.warmupS} s warm-up then ${o.durationS} s measured per request`,
    `- **Dataset:** \`simpul demo --scale ${o.scale}\` (${o.scale} year${o.scale === 1 ? '' : 's'} at 2021's scale)`,
    `- **Scenarios:** ${o.scenarios.join(', ')}`,
    '',
    ...run.databases.flatMap(databaseSection),
  ].join('\n');
}
