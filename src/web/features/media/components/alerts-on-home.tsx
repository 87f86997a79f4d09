import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { todayIn } from '../../../../shared/format';
import { useT } from '../../../app/i18n';
import { useFormat } from '../../../lib/format';
import { useAlerts } from '../api/digests';
import { alertSentence } from './alert-sentence';

const SHOWN = 3;
/** Days back an open alert stays on the home page; older ones wait on the digest screen. */
const RECENT_DAYS = 7;

/**
 * The open early-warning alerts of the last week on the home page (spec 30: "a spike raises an
 * alert on the dashboard"), for those who read the digest: the newest few, and a link to the digest
 * screen, where every open alert is read and acknowledged. Nothing shows while there is none.
 */
export function AlertsOnHome() {
  const { t } = useT();
  const format = useFormat();
  const today = todayIn();
  const from = new Date(Date.parse(`${today}T00:00:00Z`) - (RECENT_DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
  const alerts = useAlerts(true, from);
  const items = alerts.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Alert
      color="orange"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('media.digest.homeAlerts', { count: items.length })}
      data-testid="home-alerts"
    >
      <Stack gap={4}>
        {items.slice(0, SHOWN).map((a) => (
          <Text key={a.id} size="sm">
            {format.date(a.date)} — {alertSentence(a, t, format)}
          </Text>
        ))}
        <Anchor component={Link} to="/humas/ringkasan" size="sm" c="inherit" underline="always">
          {items.length > SHOWN ? t('media.digest.homeAlertsMore', { count: items.length - SHOWN }) : t('media.digest.homeAlertsOpen')}
        </Anchor>
      </Stack>
    </Alert>
  );
}
