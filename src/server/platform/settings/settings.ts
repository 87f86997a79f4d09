import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { type TRole, ZRole } from '../../../shared/roles';
import type { DbOrTx } from '../../db/types';
import { settings } from './schema';

/** Outside demo mode the head of bureau and admins must use a second factor (spec 90). */
export const DEFAULT_TOTP_REQUIRED_ROLES: TRole[] = ['admin', 'kepala_biro'];

export const SETTINGS = {
  totpRequiredRoles: z.array(ZRole),
  /** The secret that signs sessions, shared by every process on one database. Never sent out. */
  authSecret: z.string().min(32),
  /** The key of the public forms' per-address counters (a random value made once). Never sent out. */
  addressHashKey: z.string().min(32),
} as const;
export type SettingKey = keyof typeof SETTINGS;

export async function getSetting<K extends SettingKey>(db: DbOrTx, key: K): Promise<z.infer<(typeof SETTINGS)[K]> | undefined> {
  const [row] = await db.select().from(settings).where(eq(settings.key, key));
  if (!row) return undefined;
  const parsed = SETTINGS[key].safeParse(row.value);
  return parsed.success ? (parsed.data as z.infer<(typeof SETTINGS)[K]>) : undefined;
}

export async function putSetting<K extends SettingKey>(db: DbOrTx, key: K, value: z.infer<(typeof SETTINGS)[K]>): Promise<void> {
  await db
    .insert(settings)
    .values({ key, value })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } });
  if (key === 'totpRequiredRoles') totpRule = undefined;
}

/**
 * A setting made once and then only read (a random key): the first value stored wins, so two
 * processes making it at the same moment end up with the same one.
 */
export async function getOrCreateSetting<K extends SettingKey>(
  db: DbOrTx,
  key: K,
  make: () => z.infer<(typeof SETTINGS)[K]>,
): Promise<z.infer<(typeof SETTINGS)[K]>> {
  const existing = await getSetting(db, key);
  if (existing !== undefined) return existing;
  await db.insert(settings).values({ key, value: make() }).onConflictDoNothing();
  return (await getSetting(db, key))!;
}

// The rule is read on every request; it changes rarely, so it is kept for a few seconds. A change
// made through putSetting in this process takes effect at once; in another process within the TTL.
const TOTP_RULE_TTL_MS = 15_000;
let totpRule: { db: DbOrTx; roles: TRole[] | undefined; at: number } | undefined;

/** In demo mode nobody is forced to set up an authenticator unless an admin says so. */
export async function getTotpRequiredRoles(db: DbOrTx, demo: boolean): Promise<TRole[]> {
  if (!totpRule || totpRule.db !== db || Date.now() - totpRule.at > TOTP_RULE_TTL_MS) {
    totpRule = { db, roles: await getSetting(db, 'totpRequiredRoles'), at: Date.now() };
  }
  return totpRule.roles ?? (demo ? [] : DEFAULT_TOTP_REQUIRED_ROLES);
}
