import type { PolicyMap } from '../platform/authorize';
import { auditPolicy } from '../platform/audit';
import { orgPolicy } from './org';
import { performancePolicy } from './performance';

/**
 * Every module's policy, by module. The web receives the actions a user may take computed from
 * these; a module that is not listed here has no permissions (nothing registers by side effect).
 */
export const POLICIES: Record<string, PolicyMap> = {
  org: orgPolicy,
  audit: auditPolicy,
  performance: performancePolicy,
};
