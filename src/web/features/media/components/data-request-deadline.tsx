import { Badge, Stack, Text } from '@mantine/core';
import type { TDataRequest } from '../../../../shared/personal-data';
import { useT } from '../../../app/i18n';
import { useFormat } from '../../../lib/format';

const HOUR = 3_600_000;
/** Under a day left, an open request is marked so it is seen before it is late. */
const NEAR_HOURS = 24;

/** The deadline (receipt + 3 × 24 h) and how it stands: hours left, hours overdue, or closed on time or late. */
export function DataRequestDeadline({ request }: { request: TDataRequest }) {
  const { t } = useT();
  const format = useFormat();
  const due = Date.parse(request.dueAt);
  let badge: { color: string; text: string };
  if (request.status !== 'open') {
    badge = request.late
      ? { color: 'red', text: t('media.dataRequests.closedLate') }
      : { color: 'teal', text: t('media.dataRequests.closedOnTime') };
  } else {
    const left = (due - Date.now()) / HOUR;
    badge =
      left < 0
        ? { color: 'red', text: t('media.dataRequests.overdue', { hours: Math.ceil(-left) }) }
        : { color: left < NEAR_HOURS ? 'orange' : 'blue', text: t('media.dataRequests.hoursLeft', { hours: Math.floor(left) }) };
  }
  return (
    <Stack gap={2} align="flex-start">
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {format.dateTime(request.dueAt)}
      </Text>
      <Badge color={badge.color} variant="light" data-testid="deadline-state">
        {badge.text}
      </Badge>
    </Stack>
  );
}
