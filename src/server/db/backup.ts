import fs from 'node:fs';
import { createGunzip, createGzip } from 'node:zlib';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { is } from 'drizzle-orm';
import { PgTable as PgTableClass } from 'drizzle-orm/pg-core';
import type { Database } from './client';
import * as schema from './schema';
import { queryRows } from './sql';

/**
 * Logical backups: one gzip file of JSON lines, a header then every row of every table. The same
 * file restores into PGlite or PostgreSQL (so it also moves an installation from one to the other).
 * Rows go out with row_to_json and come back with json_populate_recordset, so PostgreSQL itself
 * converts every type both ways.
 */
const FORMAT = 'simpul-backup';
const BATCH = 1000;

interface Header {
  format: typeof FORMAT;
  version: 1;
  createdAt: string;
  source: string;
  migrations: number;
  tables: string[];
}

/** Tables in an order where every table comes after the tables it references. */
export function tablesInDependencyOrder(): PgTable[] {
  const tables = (Object.values(schema) as unknown[]).filter((v): v is PgTable => is(v, PgTableClass));
  const byName = new Map(tables.map((t) => [getTableConfig(t).name, t]));
  const done = new Set<string>();
  const ordered: PgTable[] = [];
  const visit = (name: string) => {
    if (done.has(name)) return;
    done.add(name);
    const table = byName.get(name)!;
    for (const fk of getTableConfig(table).foreignKeys) visit(getTableConfig(fk.reference().foreignTable).name);
    ordered.push(table);
  };
  for (const name of [...byName.keys()].sort()) visit(name);
  return ordered;
}

/**
 * A table's columns that hold data: generated columns (the headlines' search vector) are left out
 * of the file and computed again by the database on restore, which refuses values for them.
 */
async function storedColumns(database: Database, table: string) {
  const rows = await queryRows<{ name: string }>(
    database.db,
    sql`SELECT column_name AS name FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = ${table} AND is_generated = 'NEVER'
        ORDER BY ordinal_position`,
  );
  return sql.join(
    rows.map((r) => sql.identifier(r.name)),
    sql`, `,
  );
}

async function migrationCount(database: Database): Promise<number> {
  const [row] = await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`);
  return Number(row?.n ?? 0);
}

export async function backupDatabase(database: Database, file: string): Promise<{ rows: number; tables: number }> {
  const tables = tablesInDependencyOrder().map((t) => getTableConfig(t).name);
  const header: Header = {
    format: FORMAT,
    version: 1,
    createdAt: new Date().toISOString(),
    source: database.kind,
    migrations: await migrationCount(database),
    tables,
  };
  let total = 0;
  async function* lines() {
    yield `${JSON.stringify(header)}\n`;
    for (const table of tables) {
      const columns = await storedColumns(database, table);
      let offset = 0;
      for (;;) {
        const rows = await queryRows<{ r: unknown }>(
          database.db,
          sql`SELECT row_to_json(t) AS r FROM (SELECT ${columns} FROM ${sql.identifier(table)} ORDER BY 1 LIMIT ${BATCH} OFFSET ${offset}) t`,
        );
        if (rows.length === 0) break;
        for (const row of rows) {
          total++;
          yield `${JSON.stringify({ t: table, r: row.r })}\n`;
        }
        offset += BATCH;
      }
    }
  }
  await pipeline(Readable.from(lines()), createGzip(), fs.createWriteStream(file));
  return { rows: total, tables: tables.length };
}

async function insertBatch(database: Database, table: string, rows: unknown[]) {
  const columns = await storedColumns(database, table);
  await database.db.execute(
    sql`INSERT INTO ${sql.identifier(table)} (${columns})
        SELECT ${columns} FROM json_populate_recordset(NULL::${sql.identifier(table)}, ${JSON.stringify(rows)}::json)`,
  );
}

/**
 * Restores a backup into a migrated database. The database must hold no rows unless `force`,
 * which empties every table first.
 */
export async function restoreDatabase(database: Database, file: string, options: { force?: boolean } = {}): Promise<{ rows: number }> {
  const input = readline.createInterface({ input: fs.createReadStream(file).pipe(createGunzip()), crlfDelay: Number.POSITIVE_INFINITY });
  let header: Header | undefined;
  let total = 0;
  let pending: { table: string; rows: unknown[] } = { table: '', rows: [] };
  const tables = tablesInDependencyOrder().map((t) => getTableConfig(t).name);
  const flush = async () => {
    if (pending.rows.length) await insertBatch(database, pending.table, pending.rows);
    pending = { table: pending.table, rows: [] };
  };
  for await (const line of input) {
    if (!line) continue;
    if (!header) {
      header = JSON.parse(line) as Header;
      if (header.format !== FORMAT) throw new Error('Bukan berkas cadangan Simpul / not a Simpul backup file');
      const have = await migrationCount(database);
      if (header.migrations !== have) {
        throw new Error(`Versi skema berbeda: cadangan ${header.migrations} migrasi, basis data ${have} / schema version differs`);
      }
      await prepareTarget(database, tables, options.force === true);
      continue;
    }
    const entry = JSON.parse(line) as { t: string; r: unknown };
    if (!tables.includes(entry.t)) throw new Error(`unknown table in backup: ${entry.t}`);
    if (entry.t !== pending.table) {
      await flush();
      pending.table = entry.t;
    }
    pending.rows.push(entry.r);
    total++;
    if (pending.rows.length >= BATCH) await flush();
  }
  if (!header) throw new Error('Berkas cadangan kosong / empty backup file');
  await flush();
  // Serial columns continue after the restored rows.
  await database.db.execute(
    sql`SELECT setval(pg_get_serial_sequence('audit_log', 'id'), COALESCE((SELECT max(id) FROM audit_log), 0) + 1, false)`,
  );
  return { rows: total };
}

async function prepareTarget(database: Database, tables: string[], force: boolean) {
  for (const table of tables) {
    const [row] = await queryRows<{ e: boolean }>(database.db, sql`SELECT EXISTS (SELECT 1 FROM ${sql.identifier(table)}) AS e`);
    const hasRows = row?.e === true;
    if (!hasRows) continue;
    if (!force) throw new Error(`Basis data tujuan tidak kosong (tabel ${table}); gunakan --force / target database is not empty`);
  }
  if (force) {
    const list = sql.join(
      tables.map((t) => sql.identifier(t)),
      sql`, `,
    );
    // The audit trail refuses TRUNCATE (migration 0005); a forced restore replaces it whole, on
    // purpose, so the refusal is lifted inside this one transaction only.
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_truncate`);
      await tx.execute(sql`TRUNCATE ${list} CASCADE`);
      await tx.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_truncate`);
    });
  }
}
