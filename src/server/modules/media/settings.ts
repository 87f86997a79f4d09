import { eq } from 'drizzle-orm';
import { type TMediaSettings, ZMediaSettings } from '../../../shared/media';
import type { DbOrTx } from '../../db/types';
import { settings } from '../../platform/settings/schema';

/** The module's settings live in the platform's settings table under one key of its own. */
const KEY = 'media';

/** The settings, with the defaults for anything not set (or no longer valid). */
export async function getMediaSettings(db: DbOrTx): Promise<TMediaSettings> {
  const [row] = await db.select().from(settings).where(eq(settings.key, KEY));
  const parsed = ZMediaSettings.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : ZMediaSettings.parse({});
}

export async function putMediaSettings(db: DbOrTx, value: TMediaSettings): Promise<void> {
  await db
    .insert(settings)
    .values({ key: KEY, value })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } });
}
