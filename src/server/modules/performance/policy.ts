import type { PolicyMap } from '../../platform/authorize';
import type { Actor } from '../../platform/context';

/** What the rules about one indicator need to know of it. */
export interface IndicatorResource {
  responsibleUnitId: string | null;
}

const is =
  (...roles: Actor['role'][]) =>
  (actor: Actor) =>
    roles.includes(actor.role);

/** The group that answers for an indicator, or the planner who compiles every realization. */
function ownsIndicator(actor: Actor, indicator?: IndicatorResource): boolean {
  if (actor.role === 'perencana') return true;
  if (actor.role !== 'staf' && actor.role !== 'koordinator') return false;
  if (!indicator) return true; // in general: some indicator may be theirs
  return indicator.responsibleUnitId !== null && indicator.responsibleUnitId === actor.unitId;
}

/**
 * Performance management. Units outside the bureau do not see the bureau's dashboard; the group
 * responsible for an indicator enters and submits its realization; only the head approves; the
 * planner keeps the plan and targets.
 */
export const performancePolicy = {
  'performance.read': is('kepala_biro', 'koordinator', 'staf', 'perencana', 'auditor', 'admin'),
  'performance.plan.edit': is('perencana', 'admin'),
  'performance.budget.edit': is('perencana'),
  'performance.realization.edit': (actor: Actor, indicator?: IndicatorResource) => ownsIndicator(actor, indicator),
  'performance.realization.submit': (actor: Actor, indicator?: IndicatorResource) =>
    actor.role === 'perencana' || (actor.role === 'koordinator' && ownsIndicator(actor, indicator)),
  'performance.realization.approve': is('kepala_biro'),
  'performance.export': is('kepala_biro', 'koordinator', 'staf', 'perencana', 'auditor', 'admin'),
} satisfies PolicyMap;
