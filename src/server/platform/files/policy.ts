import { inOwnUnit, isUnitScoped, type PolicyMap } from '../authorize';
import type { Actor } from '../context';

/**
 * Who may upload and read files. A file belongs to a unit: unit users reach only their own
 * unit's files (another unit's file answers 404, so its existence is not revealed); the bureau's
 * roles and the auditor reach all. Modules that link a file to a record check the record too.
 */
export const filesPolicy = {
  'files.upload': (actor: Actor) => actor.role !== 'auditor',
  /** Upload on behalf of another unit (a unit user's file is always their own unit's). */
  'files.pick_unit': (actor: Actor) => actor.role !== 'auditor' && !isUnitScoped(actor),
  'files.read': (actor: Actor, file?: { unitId: string | null }) => file === undefined || inOwnUnit(actor, file.unitId),
} satisfies PolicyMap;
