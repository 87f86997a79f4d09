import type { PolicyMap } from '../authorize';

/** The audit trail is read by auditors, admins and the head of bureau; nobody writes it by hand. */
export const auditPolicy = {
  'audit.read': (actor) => ['auditor', 'admin', 'kepala_biro'].includes(actor.role),
  'audit.export': (actor) => ['auditor', 'admin', 'kepala_biro'].includes(actor.role),
} satisfies PolicyMap;
