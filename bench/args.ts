import { parseArgs } from 'node:util';
import type { DbKind } from './types';

export interface BenchOptions {
  databases: DbKind[];
  only: string[];
  duration: number;
  warmup: number;
  connections: number;
  scale: number;
  postgresUrl: string;
  write: boolean;
}

export const DEFAULTS = { duration: 10, warmup: 2, connections: 50, scale: 1 };

export const USAGE = `npm run bench -- [options]

  --db pglite|postgres    only this database (default: both; PostgreSQL is skipped when unreachable)
  --only <scenario>       only this scenario (repeatable, or comma-separated)
  --duration <s>          measured seconds per request (default ${DEFAULTS.duration})
  --warmup <s>            unmeasured seconds before each measurement (default ${DEFAULTS.warmup}; 0 for none)
  --connections <n>       concurrent connections (default ${DEFAULTS.connections})
  --scale <years>         years of data at 2021's scale for \`simpul demo --scale\` (default ${DEFAULTS.scale})
  --postgres-url <url>    server to create the benchmark database on
                          (default BENCH_POSTGRES_URL or postgres://postgres@127.0.0.1:5432/postgres)
  --no-write              print the results only; leave docs/benchmarks.md and bench/results/ alone
  --help`;

function positiveInt(name: string, value: string | undefined, fallback: number, min = 1, max = 3600): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name}: a whole number ${min}–${max}`);
  return n;
}

/** Parses the command line; returns undefined after printing the usage for --help. */
export function parseBenchArgs(argv: string[]): BenchOptions | undefined {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      only: { type: 'string', multiple: true },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      scale: { type: 'string' },
      'postgres-url': { type: 'string' },
      'no-write': { type: 'boolean' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return undefined;
  }
  if (values.db !== undefined && values.db !== 'pglite' && values.db !== 'postgres') throw new Error('--db: pglite or postgres');
  return {
    databases: values.db ? [values.db] : ['pglite', 'postgres'],
    only: (values.only ?? [])
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean),
    duration: positiveInt('duration', values.duration, DEFAULTS.duration),
    warmup: positiveInt('warmup', values.warmup, DEFAULTS.warmup, 0, 600),
    connections: positiveInt('connections', values.connections, DEFAULTS.connections, 1, 1000),
    scale: positiveInt('scale', values.scale, DEFAULTS.scale, 1, 20),
    postgresUrl: values['postgres-url'] ?? process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    write: !values['no-write'],
  };
}
