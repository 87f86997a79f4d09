import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/types';
import { SYSTEM_META } from '../../platform/command';
import { ensureFiscalYear } from './commands/calendar';
import { HOLIDAYS } from './holidays-data';
import { holidays } from './schema';

/**
 * Reference data every installation starts with (demo or not): the holiday calendars shipped
 * with Simpul and fiscal years from 2021 to the current one. Idempotent; never overwrites an edit.
 */
export async function seedReferenceData(tx: DbOrTx, now = new Date()): Promise<void> {
  const ctx = { tx, actor: null, meta: SYSTEM_META };
  for (let year = 2021; year <= now.getFullYear(); year++) await ensureFiscalYear(ctx, year);
  const seeds = Object.values(HOLIDAYS).flat();
  const existing = new Set(
    (
      await tx
        .select({ date: holidays.date })
        .from(holidays)
        .where(
          inArray(
            holidays.date,
            seeds.map((h) => h.date),
          ),
        )
    ).map((r) => r.date),
  );
  const missing = seeds.filter((h) => !existing.has(h.date));
  if (missing.length) {
    // Seeded once, as one batch, without an audit entry per row: the source is the file above.
    await tx.insert(holidays).values(missing.map((h) => ({ id: crypto.randomUUID(), ...h })));
  }
}
