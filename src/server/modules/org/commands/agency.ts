import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/types';
import { units } from '../schema';

/**
 * The agency's short name as documents title it ("BPOM"): the code of the top unit of kind
 * `agency`, as the organisation was set up. Null while no such unit exists (a new installation),
 * so nothing names an agency that is not this one.
 */
export async function agencyCode(db: DbOrTx): Promise<string | null> {
  const [top] = await db
    .select({ code: units.code })
    .from(units)
    .where(and(eq(units.kind, 'agency'), isNull(units.parentId), eq(units.active, true)))
    .limit(1);
  return top?.code ?? null;
}
