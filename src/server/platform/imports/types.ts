import type { z } from 'zod';
import type { Localized } from '../../../shared/i18n/localized';
import type { CommandContext } from '../command';
import type { Db } from '../../db/types';
import type { Actor } from '../context';

/** A cell as read from the file: CSV gives text; XLSX may give numbers and booleans (dates become `YYYY-MM-DD`, with ` HH:MM` when they hold a time). */
export type CellValue = string | number | boolean;

/** One column of an import: the header users write (either language), and how one cell is read. */
export interface ImportColumn {
  /** The field name in the parsed row. */
  key: string;
  /** The header in the template; a file may use either language's. */
  header: Localized;
  /** Other headers accepted for this column (matched like the headers, ignoring case). */
  aliases?: string[];
  /** A required column must be in the file and filled on every row. An optional one may be left out. */
  required: boolean;
  /**
   * Reads one non-empty cell (empty cells never reach it). Its output must be JSON (string,
   * number, boolean, null): the parsed rows wait in the database between preview and commit.
   */
  schema: z.ZodType<unknown, CellValue>;
  /** A hint shown on the template's instructions sheet. */
  hint?: Localized;
}

/** A parsed row, with its row number in the file (the header is row 1). */
export interface ImportRow<T> {
  row: number;
  data: T;
}

/** A problem with one row (and, where known, one column), in both languages. */
export interface ImportIssue {
  row: number;
  /** The column's key; absent for a problem with the row as a whole. */
  column?: string;
  message: Localized;
}

/**
 * What a module declares to offer an import. The pipeline reads the file, maps its columns by
 * header, validates every cell (then `rowSchema`, then `check`), stores a preview, and on commit
 * calls `commit` once inside one transaction with every row — or refuses if anything is wrong.
 */
export interface ImportDefinition<T> {
  /** The URL name: `/api/imports/{kind}/…`. */
  kind: string;
  /** The name of the data, for the template's file and sheet. */
  title: Localized;
  /** Who may preview and commit this import (a rule of the module's policy). */
  can(actor: Actor): boolean;
  columns: ImportColumn[];
  /** Checks across the cells of one row; issues with a path name its first element as the column. */
  rowSchema?: z.ZodType<T, Record<string, unknown>>;
  /** Checks against the database and across rows (duplicates); run at preview and again at commit. */
  check?(ctx: CommandContext, rows: ImportRow<T>[]): Promise<ImportIssue[]>;
  /** Writes every row. Runs inside the commit's transaction: throwing undoes everything. */
  commit(ctx: CommandContext, rows: ImportRow<T>[]): Promise<void>;
  /**
   * Upkeep once the rows are committed, which the commit does not wait for (an index's merge): a
   * failure only leaves the work to the nightly jobs, so it is not reported.
   */
  afterCommit?(db: Db, rowCount: number): Promise<void>;
  /** Rows allowed in one file (default 10.000). */
  maxRows?: number;
}

/** Declares an import; keeps the row type connected between the schemas, `check` and `commit`. */
export function defineImport<T>(definition: ImportDefinition<T>): ImportDefinition<T> {
  return definition;
}

// A registry holds definitions of different row types; each is used only with its own rows.
// biome-ignore lint/suspicious/noExplicitAny: see above.
export type AnyImportDefinition = ImportDefinition<any>;

/** The imports the application offers, by kind: an explicit map, so nothing registers by side effect. */
export type ImportRegistry = Record<string, AnyImportDefinition>;
