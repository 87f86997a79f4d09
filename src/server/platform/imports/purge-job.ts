import { and, eq, lt } from 'drizzle-orm';
import { defineJob } from '../jobs/types';
import { importBatches } from './schema';

/** How long a preview that was never committed is kept. */
export const PREVIEW_KEEP_DAYS = 7;

/**
 * Deletes previews nobody committed: they hold a copy of the file's rows (possibly personal
 * data) that serves no purpose once abandoned. Committed batches stay as the record of the import.
 */
export const purgeImportPreviewsJob = defineJob({
  name: 'imports.purge-previews',
  cron: '30 2 * * *',
  async run({ db, scheduledFor, logger }) {
    const cutoff = new Date(scheduledFor.getTime() - PREVIEW_KEEP_DAYS * 86_400_000);
    const deleted = await db
      .delete(importBatches)
      .where(and(eq(importBatches.status, 'previewed'), lt(importBatches.createdAt, cutoff)))
      .returning({ id: importBatches.id });
    logger.info({ deleted: deleted.length }, 'import previews purged');
  },
});
