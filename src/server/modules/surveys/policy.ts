import type { PolicyMap } from '../../platform/authorize';
import type { Actor } from '../../platform/context';

/** What the rules about one survey or study need to know of it. */
export interface SurveyResource {
  unitId: string | null;
}

const is =
  (...roles: Actor['role'][]) =>
  (actor: Actor) =>
    roles.includes(actor.role);

/**
 * The head runs any survey; a group's coordinator and staff, and the planner, run their own
 * unit's surveys (media satisfaction is the Humas group's, internal satisfaction the bureau's).
 */
function runsSurvey(actor: Actor, survey?: SurveyResource): boolean {
  if (actor.role === 'kepala_biro') return true;
  if (actor.role !== 'koordinator' && actor.role !== 'staf' && actor.role !== 'perencana') return false;
  if (!survey) return true; // in general: some survey may be theirs
  return survey.unitId !== null && survey.unitId === actor.unitId;
}

/**
 * Surveys. Respondents never sign in: they answer through a public link or an invitation token
 * (public routes, no policy). Units outside the bureau answer internal surveys the same way.
 */
export const surveysPolicy = {
  'surveys.read': is('kepala_biro', 'koordinator', 'staf', 'perencana', 'auditor', 'admin'),
  'surveys.manage': (actor: Actor, survey?: SurveyResource) => runsSurvey(actor, survey),
  'surveys.export': is('kepala_biro', 'koordinator', 'staf', 'perencana', 'auditor'),
} satisfies PolicyMap;
