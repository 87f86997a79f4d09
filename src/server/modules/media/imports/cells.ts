import { z } from 'zod';
import { COMMODITIES, type TCommodity } from '../../../../shared/media';
import { parseDate } from '../../../platform/imports/cells';
import type { CellValue } from '../../../platform/imports/types';

const ANY = z.union([z.string(), z.number(), z.boolean()]);
type Ctx = z.core.$RefinementCtx<CellValue>;

/** A problem in both languages, carried as the issue's message (the pipeline shows custom messages as written). */
function fail(ctx: Ctx, id: string, en: string): never {
  ctx.addIssue({ code: 'custom', message: `${id} / ${en}` });
  return z.NEVER as never;
}

const JAKARTA_MS = 7 * 3_600_000;

/** The template's own form, `2021-01-28 08:15` (seconds optional): the one vendors' exports mostly use. */
const TEMPLATE_FORM = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The moment of a cell in the template's form, or null for anything else (read by the general
 * path below, with the same result): a third of the time of the general path, which tries several
 * forms in turn — the publication moment was the costliest cell of a news import.
 */
function templateMoment(text: string): string | null {
  const m = TEMPLATE_FORM.exec(text);
  if (!m) return null;
  const [year, month, day, h, min, s] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (year < 1900 || year > 2200 || h > 23 || min > 59 || s > 59) return null;
  const midnight = new Date(Date.UTC(year, month - 1, day));
  if (midnight.getUTCMonth() !== month - 1 || midnight.getUTCDate() !== day) return null;
  return new Date(midnight.getTime() + ((h * 60 + min) * 60 + s) * 1000 - JAKARTA_MS).toISOString();
}

/**
 * A publication moment: `2021-01-28 08:15`, `28/01/2021 08.15`, an ISO time with its offset, a
 * date alone (midnight), or an Excel date-time number. Without an offset, the time is Jakarta's.
 */
export function dateTimeCell() {
  return ANY.transform((v, ctx): string => {
    if (typeof v === 'number' && v > 1 && v < 110_000) {
      const ms = Math.round((v - 25_569) * 86_400_000) - JAKARTA_MS; // Excel's day 0 is 1899-12-30
      return new Date(ms).toISOString();
    }
    const text = String(v).trim();
    const quick = templateMoment(text);
    if (quick) return quick;
    // A spreadsheet date-time that reached us as text (through a CSV, or the mapping step).
    if (/^\d{5}(\.\d+)?$/.test(text)) return new Date(Math.round((Number(text) - 25_569) * 86_400_000) - JAKARTA_MS).toISOString();
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(text)) {
      const d = new Date(text);
      if (!Number.isNaN(d.getTime())) return d.toISOString();
    }
    const m = /^(.+?)(?:[ T](\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$/.exec(text);
    const date = m ? parseDate(m[1]!.trim()) : null;
    if (!date) {
      // The pipeline's own message, in the user's language (the template's hint shows the time).
      ctx.addIssue({ code: 'custom', message: 'date', params: { i18n: 'date' } });
      return z.NEVER as never;
    }
    const [h, min, s] = [Number(m?.[2] ?? 0), Number(m?.[3] ?? 0), Number(m?.[4] ?? 0)];
    if (h > 23 || min > 59 || s > 59) return fail(ctx, 'Jam tidak valid', 'Not a valid time of day');
    return new Date(Date.parse(`${date}T00:00:00Z`) + ((h * 60 + min) * 60 + s) * 1000 - JAKARTA_MS).toISOString();
  });
}

/** A web address (http or https). */
export function urlCell() {
  return ANY.transform((v, ctx): string => {
    const text = String(v).trim();
    try {
      const u = new URL(text);
      if ((u.protocol === 'http:' || u.protocol === 'https:') && text.length <= 2000) return text;
    } catch {
      // falls through to the message
    }
    return fail(ctx, 'Bukan tautan http(s) yang valid', 'Not a valid http(s) link');
  });
}

/** A list in one cell, separated by `;`, `|` or `,`. */
export function listCell(max = 20, each = 80) {
  return ANY.transform((v, ctx): string[] => {
    const items = String(v)
      .split(/[;|,]/)
      .map((s) => s.trim())
      .filter(Boolean);
    if (items.length > max) return fail(ctx, `Paling banyak ${max} butir`, `At most ${max} items`);
    if (items.some((s) => s.length > each))
      return fail(ctx, `Setiap butir paling panjang ${each} karakter`, `Each item at most ${each} characters`);
    return items;
  });
}

const COMMODITY_NAMES: Record<string, TCommodity> = {
  obat: 'obat',
  drug: 'obat',
  drugs: 'obat',
  'obat tradisional': 'obat_tradisional',
  jamu: 'obat_tradisional',
  'suplemen kesehatan': 'suplemen_kesehatan',
  suplemen: 'suplemen_kesehatan',
  kosmetik: 'kosmetik',
  kosmetika: 'kosmetik',
  cosmetics: 'kosmetik',
  'pangan olahan': 'pangan_olahan',
  pangan: 'pangan_olahan',
  makanan: 'pangan_olahan',
  food: 'pangan_olahan',
  napza: 'napza',
  ...Object.fromEntries(COMMODITIES.map((c) => [c, c])),
};

/** Commodities by their usual names (obat, obat tradisional, kosmetik, pangan olahan …). */
export function commoditiesCell() {
  return listCell(6, 60).transform((items, ctx): TCommodity[] => {
    const out: TCommodity[] = [];
    for (const item of items) {
      const c = COMMODITY_NAMES[item.toLowerCase().replace(/_/g, ' ')] ?? COMMODITY_NAMES[item.toLowerCase()];
      if (!c) {
        ctx.addIssue({
          code: 'custom',
          message: `Komoditas tidak dikenal: ${item} (obat, obat tradisional, suplemen kesehatan, kosmetik, pangan olahan, napza) / Unknown commodity: ${item}`,
        });
        return z.NEVER as never;
      }
      if (!out.includes(c)) out.push(c);
    }
    return out;
  });
}
