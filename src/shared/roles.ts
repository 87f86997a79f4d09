import { z } from 'zod';

/** The roles of the bureau (spec README, "Users"). */
export const ROLES = ['kepala_biro', 'koordinator', 'staf', 'perencana', 'unit_pengusul', 'auditor', 'admin'] as const;
export const ZRole = z.enum(ROLES);
export type TRole = z.infer<typeof ZRole>;

/** Roles whose view is limited to the records of their own unit. */
export const UNIT_SCOPED_ROLES: readonly TRole[] = ['unit_pengusul'];

/** Unit kinds of the organisation tree (spec 90, "Accounts, roles, units"). */
export const UNIT_KINDS = ['agency', 'secretariat', 'bureau', 'group', 'unit', 'regional_office'] as const;
export const ZUnitKind = z.enum(UNIT_KINDS);
export type TUnitKind = z.infer<typeof ZUnitKind>;
