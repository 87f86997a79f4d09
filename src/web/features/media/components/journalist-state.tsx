import { Badge } from '@mantine/core';
import { IconEraser, IconLock } from '@tabler/icons-react';
import { todayIn } from '../../../../shared/format';
import type { TJournalist } from '../../../../shared/media';
import { useT } from '../../../app/i18n';
import { useFormat } from '../../../lib/format';

/** Whether the person's data is processed as usual, restricted at their request, or anonymized (erased). */
export function JournalistStateBadge({ journalist }: { journalist: Pick<TJournalist, 'restricted' | 'anonymized'> }) {
  const { t } = useT();
  if (journalist.anonymized)
    return (
      <Badge color="gray" variant="filled" leftSection={<IconEraser size={12} aria-hidden />} data-testid="state-anonymized">
        {t('media.contacts.state.anonymized')}
      </Badge>
    );
  if (journalist.restricted)
    return (
      <Badge color="orange" variant="light" leftSection={<IconLock size={12} aria-hidden />} data-testid="state-restricted">
        {t('media.contacts.state.restricted')}
      </Badge>
    );
  return null;
}

const SOON_DAYS = 30;

/** The retention date, marked when it has passed (the nightly job anonymizes the record) or is near. */
export function RetentionDate({ journalist }: { journalist: Pick<TJournalist, 'retentionUntil' | 'anonymized'> }) {
  const { t } = useT();
  const format = useFormat();
  const today = todayIn();
  const soon = new Date(Date.parse(`${today}T00:00:00Z`) + SOON_DAYS * 86_400_000).toISOString().slice(0, 10);
  const date = journalist.retentionUntil;
  return (
    <>
      <span style={{ whiteSpace: 'nowrap' }}>{format.date(date)}</span>
      {journalist.anonymized ? null : date < today ? (
        <Badge color="red" variant="light" ml={6}>
          {t('media.contacts.journalists.retentionEnded')}
        </Badge>
      ) : date <= soon ? (
        <Badge color="yellow" variant="light" ml={6}>
          {t('media.contacts.journalists.retentionSoon')}
        </Badge>
      ) : null}
    </>
  );
}
