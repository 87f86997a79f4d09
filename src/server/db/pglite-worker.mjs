// The embedded database's own thread (pglite-thread.ts). Plain JavaScript: a worker thread starts
// outside the TypeScript loader the server and the tests run under.
import { parentPort, workerData } from 'node:worker_threads';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/** Drizzle keeps dates, timestamps and intervals as the database writes them: it names their types in `keepText`. */
const keepText = (value) => value;

/** Thrown inside a transaction to end it without committing; never reported. */
const ROLLBACK = Symbol('rollback');

const { dataDir, loadDataDir, engine } = workerData;
// The module whose PGlite runs here: PGlite's own, unless a test swaps in one that fails as PGlite can
// (tests/fixtures/failing-pglite.mjs), so that this file's handling of those failures is what is tested.
const { PGlite } = await import(engine ?? '@electric-sql/pglite');
const pglite = new PGlite({
  dataDir,
  extensions: { pg_trgm },
  ...(loadDataDir ? { loadDataDir: new Blob([loadDataDir]) } : {}),
});

/** Open transactions by id: their handle, and how to end them. */
const transactions = new Map();

function queryOptions(options) {
  if (!options) return undefined;
  const { keepText: textTypes, blob, ...rest } = options;
  const parsers = textTypes ? Object.fromEntries(textTypes.map((type) => [type, keepText])) : undefined;
  return { ...rest, ...(parsers ? { parsers } : {}), ...(blob ? { blob: new Blob([blob]) } : {}) };
}

/** What a result holds, without PGlite's extras (a COPY TO's blob is not used). */
const plain = (result) => ({ rows: result.rows, fields: result.fields, affectedRows: result.affectedRows });

// biome-ignore format: PostgreSQL's error fields, as PGlite's DatabaseError names them
const ERROR_FIELDS = ['code', 'severity', 'detail', 'hint', 'position', 'where', 'schema', 'table', 'column', 'dataType', 'constraint', 'routine'];

/**
 * An error as fields: a worker's message keeps an error's message, not PGlite's fields (code, detail …).
 * Emscripten's ExitStatus is no Error, but has a name and a message of its own.
 */
function errorFields(error) {
  if (typeof error?.message !== 'string') return { message: String(error) };
  const fields = { message: error.message, name: error.name, stack: error.stack };
  for (const key of ERROR_FIELDS) {
    if (error[key] !== undefined) fields[key] = error[key];
  }
  return fields;
}

const reply = (id, result, transfer) => parentPort.postMessage({ id, result }, transfer ?? []);

/**
 * PGlite's WebAssembly aborted (a trap, memory exhausted) or its PostgreSQL exited (a FATAL or
 * PANIC): unlike a query's error, the instance is unusable from then on.
 */
const isFatal = (error) => error instanceof WebAssembly.RuntimeError || error?.name === 'ExitStatus';

/**
 * Answers `id` with the error. A fatal one also stops the thread, with its cause: the server is
 * told (pglite-thread.ts, onStopped) instead of answering every later request with an error.
 */
function fail(id, error) {
  const fatal = isFatal(error);
  parentPort.postMessage({ id, error: errorFields(error), fatal });
  if (fatal) process.exit(1);
}

function handleOf(txId) {
  if (txId === undefined) return pglite;
  const transaction = transactions.get(txId);
  if (!transaction) throw new Error('the transaction has ended');
  return transaction.tx;
}

/**
 * Opens transaction `txId` and answers `id` once it is open; it stays open, taking the queries
 * sent with its id, until an `end` message says commit or rollback, whose answer is sent once
 * PGlite has done so. Other queries wait meanwhile (PGlite's own lock).
 */
async function begin(id, txId) {
  let began = false;
  let endId;
  try {
    await pglite.transaction(async (tx) => {
      const ended = new Promise((resolve) => transactions.set(txId, { tx, end: resolve }));
      began = true;
      reply(id, true);
      const { outcome, id: answerTo } = await ended;
      endId = answerTo;
      transactions.delete(txId);
      if (outcome === 'rollback') throw ROLLBACK;
    });
    reply(endId, true);
  } catch (error) {
    transactions.delete(txId);
    if (!began) fail(id, error);
    else if (error === ROLLBACK) reply(endId, true);
    else fail(endId, error);
  }
}

async function handle(message) {
  const { id, op, txId } = message;
  try {
    switch (op) {
      case 'query':
        return reply(id, plain(await handleOf(txId).query(message.sql, message.params, queryOptions(message.options))));
      case 'exec':
        return reply(id, (await handleOf(txId).exec(message.sql, queryOptions(message.options))).map(plain));
      case 'begin':
        return await begin(id, txId);
      case 'end': {
        const transaction = transactions.get(txId);
        if (!transaction) throw new Error('the transaction has ended');
        transaction.end({ outcome: message.outcome, id });
        return;
      }
      case 'dump': {
        const bytes = await (await pglite.dumpDataDir(message.compression)).arrayBuffer();
        return reply(id, bytes, [bytes]);
      }
      case 'close':
        await pglite.close();
        return reply(id, true);
      default:
        throw new Error(`unknown operation ${op}`);
    }
  } catch (error) {
    fail(id, error);
  }
}

pglite.waitReady.then(
  () => {
    parentPort.on('message', (message) => void handle(message));
    parentPort.postMessage({ ready: true });
  },
  (error) => parentPort.postMessage({ ready: false, error: errorFields(error) }),
);
