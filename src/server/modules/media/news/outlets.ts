import { inArray, sql } from 'drizzle-orm';
import type { TMediaType } from '../../../../shared/media';
import type { DbOrTx } from '../../../db/types';
import { nameKey } from '../normalize';
import { mediaOutlets } from '../schema';
import { arrayLiteral } from '../sql-arrays';

export interface OutletRef {
  id: string;
  name: string;
  mediaType: string;
}

/**
 * The outlets of these names, creating those that do not exist yet (with the media type they first
 * appear with). One statement for any number: imports and feeds name hundreds of outlets.
 */
export async function ensureOutlets(tx: DbOrTx, wanted: { name: string; mediaType: TMediaType }[]): Promise<Map<string, OutletRef>> {
  const byKey = new Map<string, { name: string; mediaType: TMediaType }>();
  for (const w of wanted) {
    const key = nameKey(w.name);
    if (key && !byKey.has(key)) byKey.set(key, { name: w.name.trim(), mediaType: w.mediaType });
  }
  if (byKey.size === 0) return new Map();
  const keys = [...byKey.keys()];
  await tx.execute(sql`
    INSERT INTO media_outlets (id, name, name_key, media_type)
    SELECT gen_random_uuid()::text, u.name, u.key, u.media_type
    FROM unnest(${arrayLiteral(keys.map((k) => byKey.get(k)!.name))}::text[],
                ${arrayLiteral(keys)}::text[],
                ${arrayLiteral(keys.map((k) => byKey.get(k)!.mediaType))}::text[]) AS u(name, key, media_type)
    ON CONFLICT (name_key) DO NOTHING`);
  const rows = await tx
    .select({ id: mediaOutlets.id, name: mediaOutlets.name, nameKey: mediaOutlets.nameKey, mediaType: mediaOutlets.mediaType })
    .from(mediaOutlets)
    .where(inArray(mediaOutlets.nameKey, keys));
  return new Map(rows.map((r) => [r.nameKey, { id: r.id, name: r.name, mediaType: r.mediaType }]));
}
