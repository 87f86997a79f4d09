import { Anchor, Group, Paper, Progress, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { TDashboard, TIndicatorEvaluation } from '../../../../shared/performance';
import { useT } from '../../../app/i18n';
import { categoryStyle } from '../lib/colors';
import type { PerfFormat } from '../lib/format';
import { CategoryBadge, EfficiencyBadge, RealizationStatusBadge, SourceBadge } from './badges';
import { Sparkline } from './sparkline';

/** An indicator's name in the interface language. */
export function indicatorName(indicator: { name: string; nameEn: string | null }, lang: 'id' | 'en'): string {
  return lang === 'en' && indicator.nameEn ? indicator.nameEn : indicator.name;
}

function Figure({ label, value, strong, color }: { label: string; value: string; strong?: boolean; color?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size={strong ? 'lg' : 'sm'} fw={strong ? 700 : 500} style={{ color, fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
    </Stack>
  );
}

/** The budget absorbed against the ceiling, as a bar with the figures in words beside it. */
function BudgetBar({ indicator, format }: { indicator: TIndicatorEvaluation; format: PerfFormat }) {
  const { t } = useT();
  if (indicator.budgetCeiling === null)
    return (
      <Text size="xs" c="dimmed">
        {t('performance.dashboard.noBudget')}
      </Text>
    );
  const pct = indicator.budgetAchievementPct ?? 0;
  const text = t('performance.dashboard.budgetOf', { pct: format.percent(pct), ceiling: format.money(indicator.budgetCeiling) });
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="xs" c="dimmed">
          {t('performance.budgetAchievement')}
        </Text>
        <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {format.percent(pct)}
        </Text>
      </Group>
      <Progress value={Math.min(pct, 100)} size="sm" color="blue.8" aria-label={`${t('performance.budgetAchievement')}: ${text}`} />
      <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {`${t('performance.ceiling')} ${format.money(indicator.budgetCeiling)} · ${t('performance.spent')} ${format.money(indicator.budgetRealized)}`}
      </Text>
    </Stack>
  );
}

/** One indicator on the dashboard: figures, category, source, status, quarterly trend and budget. */
export function IndicatorTile({
  indicator,
  trend,
  format,
  period,
}: {
  indicator: TIndicatorEvaluation;
  trend: TDashboard['trend'][number] | undefined;
  format: PerfFormat;
  period: number;
}) {
  const { t, lang } = useT();
  const style = categoryStyle(indicator.category?.color);
  const name = indicatorName(indicator, lang);
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="article"
      aria-labelledby={`tile-${indicator.id}`}
      data-indicator={indicator.code}
      style={{ borderLeft: `6px solid ${style.accent}`, display: 'flex', flexDirection: 'column', gap: 'var(--mantine-spacing-sm)' }}
    >
      <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
        <Anchor
          component={Link}
          to={`/kinerja/indikator/${indicator.id}${period ? `?periode=${period}` : ''}`}
          fw={700}
          id={`tile-${indicator.id}`}
          aria-label={`${indicator.code} — ${name}`}
        >
          {indicator.code}
        </Anchor>
        <Group gap={4} justify="flex-end">
          <SourceBadge source={indicator.source} />
          <RealizationStatusBadge status={indicator.status} />
        </Group>
      </Group>
      <Text size="sm" lineClamp={2} title={name} mih="2.6em">
        {name}
      </Text>
      <SimpleGrid cols={3} spacing="xs">
        <Figure label={t('performance.target')} value={format.value(indicator.target, indicator)} />
        <Figure label={t('performance.realization')} value={format.value(indicator.realization, indicator)} />
        <Figure label={t('performance.achievement')} value={format.percent(indicator.achievementPct)} strong color={style.text} />
      </SimpleGrid>
      <Group justify="space-between" gap="xs">
        <Group gap={6}>
          <CategoryBadge category={indicator.category} />
          {indicator.drift ? (
            <Tooltip label={t('performance.drift', { value: format.value(indicator.recomputed, indicator) })}>
              <IconAlertTriangle
                size={18}
                color="var(--mantine-color-orange-9)"
                aria-label={t('performance.dashboard.alerts.drift', { code: indicator.code })}
              />
            </Tooltip>
          ) : null}
        </Group>
        <Sparkline points={trend?.points ?? []} target={indicator.target} color={style.accent} format={format} indicator={indicator} />
      </Group>
      <BudgetBar indicator={indicator} format={format} />
      <Group justify="space-between" gap="xs">
        <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {t('performance.dashboard.ie', { value: format.decimal(indicator.efficiencyIndex) })}
        </Text>
        <EfficiencyBadge efficient={indicator.efficient} />
      </Group>
    </Paper>
  );
}
