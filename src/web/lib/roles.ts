import { uiStrings } from '../../shared/i18n/ui';
import type { TRole, TUnitKind } from '../../shared/roles';

/*
 * The roles and unit kinds to offer in forms, in the order of their translations. They are read
 * from the strings rather than from `shared/roles.ts` because that module builds zod schemas,
 * which would put zod in the web bundle; `roles.test.ts` keeps both lists equal.
 */

const roleNames: Record<TRole, string> = uiStrings.id.roles;
const unitKindNames: Record<TUnitKind, string> = uiStrings.id.unitKinds;

export const ROLE_OPTIONS = Object.keys(roleNames) as TRole[];
export const UNIT_KIND_OPTIONS = Object.keys(unitKindNames) as TUnitKind[];
