import { recordAudit } from '../../../platform/audit/record';
import { defineJob } from '../../../platform/jobs/types';
import { anonymizeExpiredJournalists } from '../commands/contacts';
import { anonymizeExpiredInterviews } from '../commands/interviews';
import { vacuumMedia } from '../news/maintenance';
import { jakartaDate } from '../normalize';

/**
 * Personal data past its retention (UU 27/2022): journalists' contacts and the names and contacts
 * in interview requests are anonymized; what the indicators count stays. One audit entry a run.
 */
export const mediaRetentionJob = defineJob({
  name: 'media.retention',
  cron: '15 3 * * *',
  async run({ db, logger, scheduledFor }) {
    const today = jakartaDate(scheduledFor);
    await db.transaction(async (tx) => {
      const journalists = await anonymizeExpiredJournalists(tx, today);
      const interviews = await anonymizeExpiredInterviews(tx, today);
      if (journalists + interviews > 0) {
        await recordAudit(tx, {
          actor: null,
          actorLabel: 'media.retention',
          meta: null,
          action: 'update',
          entityType: 'media_personal_data',
          after: { anonymized: { journalists, interviews }, retentionBefore: today },
        });
      }
      logger.info({ journalists, interviews }, 'media personal data past retention anonymized');
    });
    await vacuumMedia(db);
  },
});
