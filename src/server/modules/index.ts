import type { PolicyMap } from '../platform/authorize';
import { auditPolicy } from '../platform/audit';
import { filesPolicy } from '../platform/files';
import { holidaysImport } from '../platform/imports/definitions/holidays';
import { purgeImportPreviewsJob } from '../platform/imports/purge-job';
import type { ImportRegistry } from '../platform/imports/types';
import type { JobDefinition } from '../platform/jobs/types';
import { emailPendingJob } from '../platform/notify/email-pending';
import { digestJob, mediaPolicy, mediaRetentionJob, newsImport, pollFeedsJob, retrainToneJob } from './media';
import { orgPolicy } from './org';
import { performancePolicy } from './performance';
import { surveysPolicy } from './surveys';

/**
 * Every module's policy, by module. The web receives the actions a user may take computed from
 * these; a module that is not listed here has no permissions (nothing registers by side effect).
 */
export const POLICIES: Record<string, PolicyMap> = {
  org: orgPolicy,
  audit: auditPolicy,
  performance: performancePolicy,
  files: filesPolicy,
  surveys: surveysPolicy,
  media: mediaPolicy,
};

/** The imports offered at /api/imports/{kind}, by kind (an explicit map, like the policies). */
export const IMPORTS: ImportRegistry = {
  holidays: holidaysImport,
  news: newsImport,
};

/** The scheduled jobs `simpul serve` runs (src/server/platform/jobs). */
export const JOBS: JobDefinition[] = [emailPendingJob, purgeImportPreviewsJob, retrainToneJob, pollFeedsJob, mediaRetentionJob, digestJob];
