import type { DbKind } from '../src/server/db/types';
import type { Services } from '../src/server/platform/context';

export type { DbKind };

/** A demo account by the local part of its e-mail: `admin` → admin@simpul.demo. */
export type DemoAccount = 'kepala' | 'koordinator' | 'staf' | 'perencana' | 'unit' | 'unit2' | 'auditor' | 'admin';

/** The spec's p95 ceilings in milliseconds (spec 90, "Quality bars"). */
export interface P95Bar {
  pglite: number;
  postgres: number;
}

/** Dashboard and list endpoints with 50 concurrent users: p95 ≤ 100 ms PostgreSQL, ≤ 250 ms PGlite. */
export const READ_BAR: P95Bar = { pglite: 250, postgres: 100 };

export interface BenchRequest {
  /** Short label for the report, e.g. `GET /api/units`. */
  name: string;
  path: string;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  /** Signed in as this demo account; anonymous when absent. */
  as?: DemoAccount;
  /** The p95 ceiling; READ_BAR when absent, `null` for an endpoint the spec sets no latency bar for. */
  bar?: P95Bar | null;
}

/** Before the server starts: the database is loaded with the demo (at `scale`), nothing else runs on it. */
export interface PrepareContext {
  kind: DbKind;
  /** Years of data at 2021's scale, as given to `simpul demo --scale`. */
  scale: number;
  /** Opens the database with the application's services, runs `fn`, closes it again. */
  withServices<T>(fn: (services: Services) => Promise<T>): Promise<T>;
  /** Runs a `simpul` command against the benchmark database, e.g. `['import', …]`. */
  simpul(args: string[]): Promise<void>;
  log(message: string): void;
  /** Reports a figure measured outside the HTTP load (an import's rows per second): it joins the report. */
  record(measurement: Omit<Measurement, 'scenario' | 'meetsBar'>): void;
}

/** A throughput or duration a scenario measured itself, with the spec's bar when it sets one. */
export interface Measurement {
  scenario: string;
  name: string;
  value: number;
  unit: string;
  /** The spec's bar for this database; `atLeast` for throughputs, `atMost` for durations. */
  bar?: { value: number; kind: 'atLeast' | 'atMost' } | null;
  meetsBar: boolean | null;
  detail?: string;
}

/** While the server runs, before the load: to look up ids for detail endpoints. */
export interface LiveContext {
  kind: DbKind;
  scale: number;
  /** GET a JSON document from the running server, signed in as `as`; throws unless 2xx. */
  getJson<T = unknown>(path: string, as?: DemoAccount): Promise<T>;
}

export interface Scenario {
  name: string;
  description: string;
  /** Adds what the scenario needs beyond the demo (volume data, settings). */
  prepare?(ctx: PrepareContext): Promise<void>;
  requests: BenchRequest[] | ((ctx: LiveContext) => Promise<BenchRequest[]>);
}
