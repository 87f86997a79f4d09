import fs from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { lockDataFolder } from './lock';
import { PGliteThread } from './pglite-thread';
import * as schema from './schema';
import type { Db, DbKind } from './types';

export interface Database {
  db: Db;
  kind: DbKind;
  /** Where the data lives: a folder for PGlite, the server URL (without password) otherwise. */
  location: string;
  /** The embedded database's thread, when embedded (test snapshots need it). */
  pglite?: PGliteThread;
  pool?: pg.Pool;
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl?: string;
  dataDir?: string;
  /** Open an in-memory PGlite, optionally from a dumped data folder (tests). */
  memory?: { loadDataDir?: Blob | File };
  poolSize?: number;
  /** Told when an idle pooled connection fails (logged by the application). */
  onIdleError?: (error: Error) => void;
  /**
   * Told when the embedded database's thread stops on its own (PGlite failed beyond a query's
   * error): every later query would fail. PostgreSQL's pool replaces a lost connection instead.
   */
  onLost?: (error: Error) => void;
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres';
  }
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    // The session's time zone travels in the connection's start-up parameters, so every pooled
    // connection has it before its first query (a SET on 'connect' would race the first query).
    // So does `standard_conforming_strings` (PostgreSQL's default, which a server's configuration
    // could change): a statement run with literal values (db/pg-named.ts) quotes text by doubling
    // its quotes, which is complete only with it on.
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      options: '-c TimeZone=Asia/Jakarta -c standard_conforming_strings=on',
    });
    // Dates stay strings ("2021-01-28"): a calendar date must not shift with the time zone.
    // An idle connection that the server closes (restart, failover, a dropped test database) is
    // discarded by the pool and replaced on the next query; without a listener Node would treat
    // the event as an uncaught error and stop the process.
    pool.on('error', (error) => options.onIdleError?.(error));
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      location: redact(options.databaseUrl),
      pool,
      close: () => pool.end(),
    };
  }
  let release: (() => void) | undefined;
  let pglite: PGliteThread;
  if (options.memory) {
    pglite = await PGliteThread.open({ loadDataDir: options.memory.loadDataDir, onStopped: options.onLost });
  } else {
    const dataDir = path.resolve(options.dataDir ?? './data');
    release = lockDataFolder(dataDir);
    const pgDir = path.join(dataDir, 'pg');
    fs.mkdirSync(pgDir, { recursive: true });
    try {
      pglite = await PGliteThread.open({ dataDir: pgDir, onStopped: options.onLost });
    } catch (error) {
      release();
      throw error;
    }
  }
  // Said, not assumed: the literals of named statements rely on it (pglite-named.ts).
  await pglite.exec("SET TIME ZONE 'Asia/Jakarta'; SET standard_conforming_strings = on");
  // Drizzle's PGlite driver calls query, exec and transaction, which the thread's handle offers.
  const db = drizzlePglite(pglite as unknown as PGlite, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    location: options.memory ? 'memory' : path.resolve(options.dataDir ?? './data'),
    pglite,
    async close() {
      await pglite.close();
      release?.();
    },
  };
}
