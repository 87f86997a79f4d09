import { type Column, eq, type SQL, sql } from 'drizzle-orm';
import { UNIT_SCOPED_ROLES } from '../../shared/roles';
import type { Actor } from './context';
import { AppError } from './errors';

/**
 * A module's policy: every action it knows, each a rule of the actor and, where the action is
 * about one record, that record. Modules export one map; routes call `authorize()`; the web
 * receives the actions the user may take (`permissionsOf`).
 */
export type Rule<R = never> = (actor: Actor, resource?: R) => boolean;
// biome-ignore lint/suspicious/noExplicitAny: a map holds rules over different record types.
export type PolicyMap = Record<string, Rule<any>>;

export function authorize<P extends PolicyMap, A extends keyof P & string>(
  actor: Actor | null,
  policy: P,
  action: A,
  // A rule about one record declares its type; rules about a role alone ignore the record.
  resource?: Parameters<P[A]>[1] | object,
): asserts actor is Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED');
  if (!policy[action]?.(actor, resource)) throw new AppError('FORBIDDEN');
}

/** Whether the actor's view is limited to their own unit. */
export function isUnitScoped(actor: Actor): boolean {
  return UNIT_SCOPED_ROLES.includes(actor.role);
}

/** A record of unit `unitId` is within reach: unscoped roles reach all, unit users their own. */
export function inOwnUnit(actor: Actor, unitId: string | null | undefined): boolean {
  return !isUnitScoped(actor) || (unitId != null && unitId === actor.unitId);
}

/**
 * The same rule as a `where` clause, so that a list never loads a record the user may not see.
 * Returns `undefined` (no restriction) for unscoped roles.
 */
export function unitScope(actor: Actor, unitColumn: Column): SQL | undefined {
  if (!isUnitScoped(actor)) return undefined;
  if (!actor.unitId) return sql`false`;
  return eq(unitColumn, actor.unitId);
}

/** The actions of a policy the actor may take in general (for the UI). */
export function permissionsOf(actor: Actor, policies: Record<string, PolicyMap>): string[] {
  const out: string[] = [];
  for (const policy of Object.values(policies)) {
    for (const [action, rule] of Object.entries(policy)) {
      if (rule(actor)) out.push(action);
    }
  }
  return out.sort();
}
