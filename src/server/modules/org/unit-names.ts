import { inArray } from 'drizzle-orm';
import type { Localized } from '../../../shared/i18n/localized';
import type { DbOrTx } from '../../db/types';
import { units } from './schema';

/** The names of some units in a language (English falls back to the Indonesian name): for exports and documents. */
export async function unitNames(db: DbOrTx, ids: Iterable<string>, lang: keyof Localized): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await db.select({ id: units.id, name: units.name, nameEn: units.nameEn }).from(units).where(inArray(units.id, wanted));
  return new Map(rows.map((u) => [u.id, lang === 'en' ? (u.nameEn ?? u.name) : u.name]));
}
