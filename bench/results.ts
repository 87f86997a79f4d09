import type { MachineInfo } from './machine';
import type { LoadResult } from './load';
import type { DbKind, Measurement, P95Bar } from './types';

export interface RequestResult extends LoadResult {
  scenario: string;
  request: string;
  method: string;
  path: string;
  as: string | null;
  /** The spec's p95 ceiling for this database, when it sets one. */
  p95BarMs: number | null;
  meetsBar: boolean | null;
  /** Peak resident memory of the server process during the measured seconds. */
  peakRssMiB: number;
  /** `VmHWM` (exact peak, reset before the run) or `sampled` (VmRSS every 100 ms). */
  rssMethod: 'VmHWM' | 'sampled';
}

export interface DatabaseRun {
  kind: DbKind;
  status: 'measured' | 'skipped' | 'failed';
  /** Why it was skipped or failed. */
  note?: string;
  location?: string;
  /** `simpul demo --scale N` on the empty database, in seconds. */
  demoSeconds?: number;
  /** The scenarios' prepare hooks, in seconds. */
  prepareSeconds?: number;
  /** From spawning `simpul serve` to the first 200 from /healthz. */
  serverStartSeconds?: number;
  /** The modules `simpul demo` loaded. */
  demoModules?: string[];
  /** Server RSS after start and sign-in, before any load. */
  idleRssMiB?: number;
  /** Figures the scenarios measured themselves while preparing (imports). */
  measurements?: Measurement[];
  results: RequestResult[];
}

export interface BenchRun {
  date: string;
  machine: MachineInfo;
  code: string;
  /** os.loadavg() when the run began: other work on the machine skews the numbers. */
  loadAverage: number[];
  options: { connections: number; durationS: number; warmupS: number; scale: number; scenarios: string[]; databases: DbKind[] };
  databases: DatabaseRun[];
  /** True when every measured request answered only 2xx (or not within the timeout), without connection errors. */
  ok: boolean;
}

export function barFor(bar: P95Bar | null, kind: DbKind): number | null {
  return bar ? bar[kind] : null;
}

/**
 * A wrong answer or a refused connection makes the run no result. A request still unanswered after
 * the timeout is a result — a slow one: it fails the bar and is counted in the table.
 */
export function hasErrors(r: LoadResult): boolean {
  return r.non2xx > 0 || r.errors > 0 || r.responses === 0;
}
