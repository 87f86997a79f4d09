import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';

/**
 * How a field's value is written into JSON text: a number as it is, a moment as `toISOString`
 * writes it, text with JSON's escapes (`to_json`), and `json`/`jsonb` as the text the database
 * keeps of it. Null is `null` in every case.
 */
export type JsonFieldKind = 'number' | 'moment' | 'text' | 'json';

/** A field of an object written by the database: its name in the JSON, its value (a column or an expression), its kind. */
export type JsonField = readonly [name: string, value: SQLWrapper, kind: JsonFieldKind];

const written: Record<JsonFieldKind, (value: SQLWrapper) => SQL> = {
  number: (v) => sql`coalesce(${v}::text, 'null')`,
  moment: (v) => sql`coalesce('"' || to_char(${v} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"', 'null')`,
  text: (v) => sql`coalesce(to_json(${v})::text, 'null')`,
  json: (v) => sql`coalesce(${v}::text, 'null')`,
};

/**
 * One JSON object per row, written by the database by joining text. For rows that hold `jsonb`:
 * the JSON functions (`json_build_object`, `json_agg`) convert each `jsonb` value as they go, and
 * were slower than the server reading the rows (decision record 007); its text is what the
 * database sends anyway. The names are the code's own, never a user's.
 */
export function jsonObjectText(fields: readonly JsonField[]): SQL {
  const parts = fields.map(([name, value, kind], i) => sql`${sql.raw(`'${i === 0 ? '{' : ','}"${name}":'`)} || ${written[kind](value)}`);
  return sql`(${sql.join(parts, sql` || `)} || '}')`;
}

/** Rows' JSON objects (jsonObjectText) as the text of a JSON array, in `order`. */
export function jsonArrayText(object: SQL, order: SQL): SQL {
  return sql`'[' || coalesce(string_agg(${object}, ',' ORDER BY ${order}), '') || ']'`;
}

/**
 * A JSON text as the database sends it through `json_wire` (migration 0014): ASCII text as it is,
 * anything else as the base64 of its UTF-8 bytes (decision record 010).
 */
export function jsonWire(text: SQL): SQL {
  return sql`json_wire(${text})`;
}

/** A JSON page begins with `[` or `{`; base64 never holds either. */
const JSON_START = new Set([0x5b, 0x7b]);

/** What `jsonWire` sent, ready to be part of an answer: the ASCII text, or the UTF-8 bytes. */
export function fromJsonWire(value: string): string | Buffer {
  return JSON_START.has(value.charCodeAt(0)) ? value : Buffer.from(value, 'base64');
}

/**
 * A response body joined from JSON texts the server wrote and pages the database wrote
 * (`fromJsonWire`): one text while every part is text, else the parts' bytes.
 */
export function joinJsonBody(parts: readonly (string | Buffer)[]): string | Buffer {
  if (parts.every((part) => typeof part === 'string')) return parts.join('');
  return Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : part)));
}

/** A part of a body as text (to parse it, or to test it). */
export function jsonPartText(part: string | Buffer): string {
  return typeof part === 'string' ? part : part.toString('utf8');
}
