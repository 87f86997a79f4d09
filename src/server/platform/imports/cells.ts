import { z } from 'zod';
import type { ImportMessageKey } from './messages';
import type { CellValue } from './types';

/**
 * Readers for import cells, as zod schemas. A cell arrives non-empty and trimmed, as text (CSV)
 * or as the spreadsheet's own number or boolean (XLSX). Numbers written as text follow Indonesian
 * usage (`1.250,5`). Their failures carry an i18n key, so the preview can say what is wrong in
 * both languages (see `cellIssueMessage`).
 */

type Ctx = z.core.$RefinementCtx<CellValue>;

function fail(ctx: Ctx, key: ImportMessageKey, params?: Record<string, string>) {
  ctx.addIssue({ code: 'custom', message: key, params: { i18n: key, ...params } });
  return z.NEVER;
}

// biome-ignore format: a table reads better in rows
const MONTHS: Record<string, number> = {
  januari: 1, january: 1, jan: 1,
  februari: 2, february: 2, feb: 2, pebruari: 2,
  maret: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  agustus: 8, august: 8, agu: 8, aug: 8, agt: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11, nopember: 11,
  desember: 12, december: 12, des: 12, dec: 12,
};

function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || year > 2200 || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/** Excel stores an unformatted date as days since 1899-12-30. */
function fromExcelSerial(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 1 || serial > 110_000) return null;
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

/**
 * `2021-01-28`, `28/01/2021`, `28-01-2021`, `28 Januari 2021` (or English), or an Excel date. A
 * spreadsheet cell with a time of day (`2021-01-28 08:15`, as parse.ts reads it) gives its date.
 */
export function parseDate(value: CellValue): string | null {
  if (typeof value === 'number') return fromExcelSerial(value);
  if (typeof value !== 'string') return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?: \d{2}:\d{2}(?::\d{2})?)?$/.exec(value);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (m) return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})$/.exec(value);
  const month = m ? MONTHS[m[2]!.toLowerCase()] : undefined;
  if (m && month) return isoDate(Number(m[3]), month, Number(m[1]));
  return null;
}

/** Indonesian number text: `.` groups thousands, `,` marks decimals. */
function parseNumberText(value: string): number | null {
  if (!/^-?\d{1,3}(\.\d{3})*(,\d+)?$|^-?\d+(,\d+)?$/.test(value)) return null;
  return Number(value.replace(/\./g, '').replace(',', '.'));
}

export const cell = {
  /** Text of a length; numbers from a spreadsheet are taken as written. */
  text: ({ min = 1, max = 500 }: { min?: number; max?: number } = {}) =>
    z
      .union([z.string(), z.number(), z.boolean()])
      .transform((v) => String(v))
      .pipe(z.string().min(min).max(max)),

  /** A calendar date, stored as `YYYY-MM-DD`. */
  date: () => z.union([z.string(), z.number(), z.boolean()]).transform((v, ctx) => parseDate(v) ?? fail(ctx, 'date')),

  /**
   * One of a few values. `options` maps what users may write (any case) to the stored value;
   * the first spellings of each value are listed in the error.
   */
  choice: <V extends string>(options: Record<string, V>) => {
    const accepted = new Map(Object.entries(options).map(([k, v]) => [k.toLowerCase(), v]));
    const shown = [...new Set(Object.values(options))].map((v) => Object.keys(options).find((k) => options[k] === v)!);
    return z
      .union([z.string(), z.number(), z.boolean()])
      .transform((v, ctx): V => accepted.get(String(v).toLowerCase()) ?? fail(ctx, 'choice', { values: shown.join(', ') }));
  },

  /** A whole number (`1.250` or a spreadsheet number). */
  integer: ({ min, max }: { min?: number; max?: number } = {}) =>
    z
      .union([z.string(), z.number(), z.boolean()])
      .transform((v, ctx) => {
        const n = typeof v === 'number' ? v : typeof v === 'string' ? parseNumberText(v) : null;
        return n !== null && Number.isSafeInteger(n) ? n : fail(ctx, 'integer');
      })
      .pipe(
        z
          .number()
          .min(min ?? Number.MIN_SAFE_INTEGER)
          .max(max ?? Number.MAX_SAFE_INTEGER),
      ),

  /** A number (`1.250,5` or a spreadsheet number). */
  number: ({ min, max }: { min?: number; max?: number } = {}) =>
    z
      .union([z.string(), z.number(), z.boolean()])
      .transform((v, ctx) => {
        const n = typeof v === 'number' ? v : typeof v === 'string' ? parseNumberText(v) : null;
        return n !== null && Number.isFinite(n) ? n : fail(ctx, 'number');
      })
      .pipe(
        z
          .number()
          .min(min ?? -Number.MAX_VALUE)
          .max(max ?? Number.MAX_VALUE),
      ),
};
