import type { Actor } from '../../platform/context';
import type { PolicyMap } from '../../platform/authorize';

const is =
  (...roles: Actor['role'][]) =>
  (actor: Actor) =>
    roles.includes(actor.role);

/** Who may do what with units, users, the holiday calendar and fiscal years. */
export const orgPolicy = {
  /** The unit tree is reference data every signed-in user needs (forms pick a unit). */
  'org.unit.read': () => true,
  'org.unit.create': is('admin'),
  'org.unit.update': is('admin'),
  'org.user.read': is('admin', 'kepala_biro', 'auditor'),
  'org.user.create': is('admin'),
  'org.user.update': is('admin'),
  'org.calendar.read': () => true,
  'org.calendar.update': is('admin', 'perencana'),
  'org.fiscal_year.read': () => true,
  'org.fiscal_year.update': is('admin', 'perencana'),
} satisfies PolicyMap;
