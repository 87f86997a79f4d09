import { Anchor, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { TDashboard } from '../../../../shared/performance';
import { useT } from '../../../app/i18n';
import { categoryStyle } from '../lib/colors';
import type { PerfFormat } from '../lib/format';
import { CategoryBadge } from './badges';

/** The bureau's overall achievement, the efficiency summary and the alerts, side by side. */
export function DashboardSummary({ data, format }: { data: TDashboard; format: PerfFormat }) {
  const { t } = useT();
  const overall = categoryStyle(data.overall.category?.color);
  const inefficient = data.indicators.filter((i) => i.efficient === false).map((i) => i.code);
  const byId = new Map(data.indicators.map((i) => [i.id, i]));
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
      <Paper withBorder radius="md" p="md" style={{ borderTop: `6px solid ${overall.accent}` }} data-testid="overall">
        <Title order={2} size="h5" mb="xs">
          {t('performance.dashboard.overall')}
        </Title>
        <Group gap="sm" align="center">
          <Text fz={36} fw={700} lh={1.1} style={{ color: overall.text, fontVariantNumeric: 'tabular-nums' }} data-testid="overall-pct">
            {format.percent(data.overall.achievementPct)}
          </Text>
          <CategoryBadge category={data.overall.category} size="lg" />
        </Group>
        <Text size="xs" c="dimmed" mt="xs">
          {t('performance.dashboard.overallHint', { count: data.indicators.length })}
        </Text>
      </Paper>
      <Paper withBorder radius="md" p="md" data-testid="efficiency">
        <Title order={2} size="h5" mb="xs">
          {t('performance.dashboard.efficiencyTitle')}
        </Title>
        <Text fw={700} size="lg">
          {t('performance.dashboard.efficiencySummary', { efficient: data.efficiency.efficient, assessed: data.efficiency.assessed })}
        </Text>
        <Text size="sm" mt={4} c={inefficient.length ? 'red.9' : undefined} fw={inefficient.length ? 600 : undefined}>
          {inefficient.length
            ? t('performance.dashboard.inefficientList', { codes: inefficient.join(', ') })
            : t('performance.dashboard.allEfficient')}
        </Text>
        <Text size="xs" c="dimmed" mt="xs">
          {t('performance.dashboard.efficiencyStandard', { standard: format.decimal(data.efficiency.standard, 0) })}
        </Text>
      </Paper>
      <Paper withBorder radius="md" p="md" data-testid="alerts">
        <Title order={2} size="h5" mb="xs">
          {t('performance.dashboard.alertsTitle')}
        </Title>
        {data.alerts.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('performance.dashboard.noAlerts')}
          </Text>
        ) : (
          <Stack gap={4} mah={160} style={{ overflowY: 'auto' }}>
            <List size="sm" spacing={4} icon={<IconAlertCircle size={16} color="var(--mantine-color-orange-9)" aria-hidden />}>
              {data.alerts.map((alert) => {
                const indicator = byId.get(alert.indicatorId);
                return (
                  <List.Item key={`${alert.kind}-${alert.indicatorId}`} data-alert={alert.kind}>
                    <Anchor component={Link} to={`/kinerja/indikator/${alert.indicatorId}`} size="sm">
                      {t(`performance.dashboard.alerts.${alert.kind}`, { code: alert.code })}
                    </Anchor>
                    {indicator && alert.kind === 'below_target' ? (
                      <Text span size="sm" c="dimmed">{` (${format.percent(indicator.achievementPct)})`}</Text>
                    ) : null}
                  </List.Item>
                );
              })}
            </List>
          </Stack>
        )}
      </Paper>
    </SimpleGrid>
  );
}
