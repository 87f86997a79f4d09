import type { Scenario } from '../types';

/** The platform itself: the health check and the lists every module's screens lean on. */
export const platformScenario: Scenario = {
  name: 'platform',
  description: 'health check, the unit list and the audit trail',
  requests: [
    { name: 'GET /healthz', path: '/healthz' },
    { name: 'GET /api/units', path: '/api/units', as: 'admin' },
    { name: 'GET /api/audit?limit=100', path: '/api/audit?limit=100', as: 'auditor' },
  ],
};
