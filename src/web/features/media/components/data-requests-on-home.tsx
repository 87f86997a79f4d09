import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { useFormat } from '../../../lib/format';
import { useDataRequests } from '../api/contacts';

const SHOWN = 3;

/**
 * The open personal-data requests on the home page of those who answer or oversee them, nearest
 * deadline first (UU 27/2022 gives 3 × 24 hours), red once one is late. Nothing shows while none is open.
 */
export function DataRequestsOnHome() {
  const { t } = useT();
  const format = useFormat();
  const requests = useDataRequests('open');
  const items = requests.data?.items ?? [];
  if (items.length === 0) return null;
  const late = items.filter((r) => r.late).length;
  return (
    <Alert
      color={late ? 'red' : 'blue'}
      icon={<IconClockExclamation aria-hidden />}
      title={late ? t('media.dataRequests.homeLate', { count: items.length, late }) : t('media.dataRequests.home', { count: items.length })}
      data-testid="home-data-requests"
    >
      <Stack gap={4}>
        {items.slice(0, SHOWN).map((r) => (
          <Text key={r.id} size="sm">
            {t('media.dataRequests.homeItem', {
              kind: t(`media.dataRequests.kinds.${r.kind}`),
              name: r.subjectName ?? '—',
              due: format.dateTime(r.dueAt),
            })}
          </Text>
        ))}
        <Anchor component={Link} to="/humas/kontak?tab=permintaan" size="sm" c="inherit" underline="always">
          {t('media.dataRequests.homeOpen')}
        </Anchor>
      </Stack>
    </Alert>
  );
}
