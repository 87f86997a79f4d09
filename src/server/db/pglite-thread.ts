import { Worker } from 'node:worker_threads';
import type { QueryOptions, Results } from '@electric-sql/pglite';

/**
 * The embedded database on a thread of its own (decision record 011). PGlite runs each query
 * synchronously: on the server's thread it kept the HTTP work — reading requests, checking
 * sessions, writing answers — waiting while it ran, and left the machine's second core idle. Here
 * PGlite runs in a worker thread (pglite-worker.mjs) and this handle sends it each query, so the
 * server reads and answers requests while the database works, and a long import or report no
 * longer stops every other request.
 *
 * It offers what Drizzle and Simpul use of a PGlite instance: `query`, `exec` and `transaction`
 * (whose handle has `query` and `exec`), `dumpDataDir` and `close`. Results cross the thread as
 * copies (structured clone): dates, arrays and bytes arrive as such. A query's parsers are
 * functions, which cannot cross: the only ones accepted keep a type's text as it is (Drizzle's,
 * for dates, timestamps and intervals), and the worker applies its own copy of them.
 */
export class PGliteThread {
  readonly #worker: Worker;
  readonly #pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  #nextId = 1;
  #closed = false;
  #stopped: Error | undefined;

  private constructor(worker: Worker, onStopped: ((error: Error) => void) | undefined) {
    this.#worker = worker;
    worker.on('message', (message: { id: number; result?: unknown; error?: ErrorFields; fatal?: boolean }) => {
      const error = message.error ? databaseError(message.error) : undefined;
      // A fatal error is sent just before the thread stops itself: the cause its exit reports.
      if (message.fatal) this.#stopped ??= error;
      const waiting = this.#pending.get(message.id);
      if (!waiting) return;
      this.#pending.delete(message.id);
      // The thread keeps the process alive only while an answer is awaited.
      if (this.#pending.size === 0) this.#worker.unref();
      if (error) waiting.reject(error);
      else waiting.resolve(message.result);
    });
    const failAll = (error: Error) => {
      for (const waiting of this.#pending.values()) waiting.reject(error);
      this.#pending.clear();
    };
    worker.on('error', (error) => {
      this.#stopped = error;
      failAll(error);
    });
    worker.on('exit', (code) => {
      this.#stopped ??= new Error(`the database thread has stopped (exit code ${code})`);
      failAll(this.#stopped);
      if (!this.#closed) onStopped?.(this.#stopped);
    });
  }

  /**
   * Starts the thread and opens the database: a folder, or in memory (optionally from a dump).
   * `onStopped` is told when the thread stops without `close` — PGlite failed beyond a query's
   * error (pglite-worker.mjs) — after every awaited answer has been refused; every later query is
   * refused too. `engine` is the module whose `PGlite` the thread runs: PGlite's own unless a test
   * says otherwise.
   */
  static async open(options: {
    dataDir?: string;
    loadDataDir?: Blob;
    onStopped?: (error: Error) => void;
    engine?: URL;
  }): Promise<PGliteThread> {
    const loadDataDir = options.loadDataDir ? await options.loadDataDir.arrayBuffer() : undefined;
    const worker = new Worker(new URL('./pglite-worker.mjs', import.meta.url), {
      workerData: { dataDir: options.dataDir, loadDataDir, engine: options.engine?.href },
      transferList: loadDataDir ? [loadDataDir] : [],
    });
    await new Promise<void>((resolve, reject) => {
      const onMessage = (message: { ready?: boolean; error?: ErrorFields }) => {
        if (message.ready === undefined) return;
        worker.off('message', onMessage);
        worker.off('error', reject);
        if (message.ready) resolve();
        else reject(databaseError(message.error ?? { message: 'the database did not open' }));
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    }).catch(async (error: unknown) => {
      await worker.terminate();
      throw error;
    });
    worker.unref();
    return new PGliteThread(worker, options.onStopped);
  }

  query<T = Record<string, unknown>>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>> {
    return this.#send<Results<T>>({ op: 'query', sql, params }, options);
  }

  exec(sql: string, options?: QueryOptions): Promise<Results[]> {
    return this.#send<Results[]>({ op: 'exec', sql }, options);
  }

  /**
   * Runs `run` in a transaction: committed when it returns, rolled back when it throws. Other
   * queries wait for it to end, as on PGlite itself.
   */
  async transaction<T>(run: (tx: PGliteThreadTransaction) => Promise<T>): Promise<T> {
    const txId = this.#nextId++;
    await this.#send({ op: 'begin', txId });
    const tx = new PGliteThreadTransaction((message, options) => this.#send({ ...message, txId }, options));
    let result: T;
    try {
      result = await run(tx);
    } catch (error) {
      // The work's error is the one to report; a thread that has stopped has rolled back anyway.
      await this.#send({ op: 'end', txId, outcome: 'rollback' }).catch(() => undefined);
      throw error;
    }
    await this.#send({ op: 'end', txId, outcome: tx.rolledBack ? 'rollback' : 'commit' });
    return result;
  }

  /** The data folder as a tarball (tests keep a migrated database this way). */
  async dumpDataDir(compression: 'none' | 'gzip' | 'auto' = 'auto'): Promise<Blob> {
    const bytes = await this.#send<ArrayBuffer>({ op: 'dump', compression });
    return new Blob([bytes]);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    try {
      await this.#send({ op: 'close' });
    } finally {
      await this.#worker.terminate();
    }
  }

  async #send<R>(message: Record<string, unknown>, options?: QueryOptions): Promise<R> {
    const wire = options ? await wireOptions(options) : undefined;
    if (this.#stopped) throw this.#stopped;
    const id = this.#nextId++;
    return new Promise<R>((resolve, reject) => {
      if (this.#pending.size === 0) this.#worker.ref();
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      const transfer = wire?.blob ? [wire.blob] : [];
      this.#worker.postMessage({ ...message, id, ...(wire ? { options: wire } : {}) }, transfer);
    });
  }
}

/** A transaction's handle: its queries run inside it, on the database's thread. */
export class PGliteThreadTransaction {
  rolledBack = false;

  constructor(private readonly send: <R>(message: Record<string, unknown>, options?: QueryOptions) => Promise<R>) {}

  query<T = Record<string, unknown>>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>> {
    return this.send<Results<T>>({ op: 'query', sql, params }, options);
  }

  exec(sql: string, options?: QueryOptions): Promise<Results[]> {
    return this.send<Results[]>({ op: 'exec', sql }, options);
  }

  /** Ends the transaction without committing when its work returns. */
  async rollback(): Promise<void> {
    this.rolledBack = true;
  }
}

interface ErrorFields {
  message: string;
  [field: string]: unknown;
}

/** The database's error again, with its fields (code, detail, constraint …) as PGlite gives them. */
function databaseError(fields: ErrorFields): Error {
  const { message, stack, name, ...rest } = fields;
  const error = new Error(message);
  if (typeof name === 'string') error.name = name;
  if (typeof stack === 'string') error.stack = `${stack}\n    at the database thread`;
  return Object.assign(error, rest);
}

interface WireOptions {
  rowMode?: QueryOptions['rowMode'];
  paramTypes?: number[];
  /** The types whose values stay text. */
  keepText?: number[];
  blob?: ArrayBuffer;
}

const SAMPLE = '2021-01-28 08:00:00+07';

async function wireOptions(options: QueryOptions): Promise<WireOptions> {
  const { parsers, serializers, onNotice, blob, rowMode, paramTypes } = options;
  if (serializers || onNotice) throw new Error('serializers and notice handlers cannot cross to the database thread');
  const keepText = Object.entries(parsers ?? {}).map(([type, parse]) => {
    if (parse(SAMPLE, Number(type)) !== SAMPLE) throw new Error('only parsers keeping the text as it is can cross to the database thread');
    return Number(type);
  });
  return {
    ...(rowMode ? { rowMode } : {}),
    ...(paramTypes ? { paramTypes } : {}),
    ...(keepText.length > 0 ? { keepText } : {}),
    ...(blob ? { blob: await blob.arrayBuffer() } : {}),
  };
}
