import type { z } from 'zod';
import type { Lang } from '../../../shared/i18n/errors';
import type { Localized } from '../../../shared/i18n/localized';
import { AppError, type FieldError } from '../errors';
import { issueMessage } from '../validation';
import { IMPORT_MESSAGES, type ImportMessageKey, importMessage, importText } from './messages';
import type { RawTable } from './parse';
import type { AnyImportDefinition, CellValue, ImportIssue, ImportRow } from './types';

/** Headers compare without case, surrounding spaces, or the difference between space and underscore. */
function normalizeHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');
}

/**
 * Which file column holds each definition column. A required column missing, a column the
 * definition does not know, or one given twice: IMPORT_COLUMNS naming them (nothing is guessed).
 */
export function mapColumns(definition: AnyImportDefinition, headers: string[], lang: Lang): Map<string, number> {
  const byName = new Map<string, string>();
  for (const col of definition.columns) {
    for (const name of [col.key, col.header.id, col.header.en, ...(col.aliases ?? [])]) byName.set(normalizeHeader(name), col.key);
  }
  const mapping = new Map<string, number>();
  const unknown: string[] = [];
  const duplicate: string[] = [];
  headers.forEach((header, index) => {
    if (header.trim() === '') return; // an unnamed, empty column at the edge of a sheet
    const key = byName.get(normalizeHeader(header));
    if (!key) unknown.push(header);
    else if (mapping.has(key)) duplicate.push(header);
    else mapping.set(key, index);
  });
  if (mapping.size === 0 && unknown.length === 0) {
    throw new AppError('IMPORT_COLUMNS', { params: { detail: importText('noHeader', lang) } });
  }
  const missing = definition.columns.filter((col) => col.required && !mapping.has(col.key)).map((col) => col.header[lang]);
  if (missing.length || unknown.length || duplicate.length) {
    const parts: string[] = [];
    const fields: FieldError[] = [];
    const add = (names: string[], list: ImportMessageKey, one: ImportMessageKey) => {
      if (!names.length) return;
      parts.push(importText(list, lang, { names: names.join(', ') }));
      for (const name of names) fields.push({ path: name, column: name, message: IMPORT_MESSAGES[one][lang] });
    };
    add(missing, 'missingColumns', 'missingColumn');
    add(unknown, 'unknownColumns', 'unknownColumn');
    add(duplicate, 'duplicateColumns', 'duplicateColumn');
    throw new AppError('IMPORT_COLUMNS', { params: { detail: parts.join('; ') }, fields });
  }
  return mapping;
}

/** A zod issue in both languages: our cell readers' keys, or the platform's wording of zod's codes. */
function issueText(issue: z.core.$ZodIssue): Localized {
  if (issue.code === 'custom') {
    const params = (issue as z.core.$ZodIssueCustom).params as Record<string, string> | undefined;
    const key = params?.i18n as ImportMessageKey | undefined;
    if (key && key in IMPORT_MESSAGES) return importMessage(key, params);
  }
  return { id: issueMessage(issue, 'id'), en: issueMessage(issue, 'en') };
}

export interface ValidatedRow {
  row: number;
  /** The cells as read, by column key: what the preview shows. */
  values: Record<string, CellValue | null>;
  /** The parsed row, or null when it has errors. */
  data: unknown;
}

/** Reads every row through the definition's cell schemas and row schema, collecting every problem. */
export function validateRows(definition: AnyImportDefinition, table: RawTable, mapping: Map<string, number>) {
  const rows: ValidatedRow[] = [];
  const issues: ImportIssue[] = [];
  for (const { row, cells } of table.rows) {
    if (cells.every((c) => c === undefined)) continue; // blank lines between rows are not rows
    const values: Record<string, CellValue | null> = {};
    const data: Record<string, unknown> = {};
    const before = issues.length;
    for (const col of definition.columns) {
      const index = mapping.get(col.key);
      const value = index === undefined ? undefined : cells[index];
      values[col.key] = value ?? null;
      if (value === undefined) {
        if (col.required) issues.push({ row, column: col.key, message: IMPORT_MESSAGES.required });
        data[col.key] = null;
        continue;
      }
      const parsed = col.schema.safeParse(value);
      if (parsed.success) data[col.key] = parsed.data;
      else issues.push({ row, column: col.key, message: issueText(parsed.error.issues[0]!) });
    }
    let result: unknown = data;
    if (issues.length === before && definition.rowSchema) {
      const parsed = definition.rowSchema.safeParse(data);
      if (parsed.success) result = parsed.data;
      else {
        for (const issue of parsed.error.issues) {
          const column = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
          issues.push({ row, ...(column ? { column } : {}), message: issueText(issue) });
        }
      }
    }
    rows.push({ row, values, data: issues.length === before ? result : null });
  }
  return { rows, issues };
}

/** The rows that passed, for `check` and `commit`. */
export function validRows(rows: ValidatedRow[]): ImportRow<unknown>[] {
  return rows.filter((r) => r.data !== null).map((r) => ({ row: r.row, data: r.data }));
}

/** Issues as the API's field errors, in the user's language, in file order. */
export function issuesAsFields(definition: AnyImportDefinition, issues: ImportIssue[], lang: Lang, limit = 200): FieldError[] {
  const headerOf = (key?: string) => definition.columns.find((c) => c.key === key)?.header[lang];
  return [...issues]
    .sort((a, b) => a.row - b.row)
    .slice(0, limit)
    .map((issue) => ({
      path: issue.column ?? '',
      row: issue.row,
      ...(issue.column ? { column: headerOf(issue.column) ?? issue.column } : {}),
      message: issue.message[lang],
    }));
}
