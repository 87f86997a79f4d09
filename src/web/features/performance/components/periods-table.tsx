import { Group, Table, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { IndicatorPage } from '../../../../server/modules/performance/queries/indicator-page';
import { useT } from '../../../app/i18n';
import type { PerfFormat } from '../lib/format';
import { CategoryBadge, RealizationStatusBadge } from './badges';

const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** The year and its four quarters (each year to date): target, realization, achievement, category, status. */
export function PeriodsTable({ page, format }: { page: IndicatorPage; format: PerfFormat }) {
  const { t } = useT();
  const indicator = page.indicator;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped verticalSpacing="xs" data-testid="periods-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('performance.period')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('performance.target')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('performance.realization')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('performance.achievement')}
            </Table.Th>
            <Table.Th scope="col">{t('performance.category')}</Table.Th>
            <Table.Th scope="col">{t('performance.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {page.periods.map((p) => (
            <Table.Tr key={p.period} data-period={p.period}>
              <Table.Th scope="row" fw={p.period === 0 ? 700 : 500}>
                {format.period(p.period)}
              </Table.Th>
              <Table.Td ta="right" style={num}>
                {format.value(p.target, indicator)}
              </Table.Td>
              <Table.Td ta="right" style={num}>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  {p.drift ? (
                    <Tooltip label={t('performance.drift', { value: format.value(p.recomputed, indicator) })}>
                      <IconAlertTriangle
                        size={16}
                        color="var(--mantine-color-orange-9)"
                        aria-label={t('performance.drift', { value: format.value(p.recomputed, indicator) })}
                      />
                    </Tooltip>
                  ) : null}
                  <Text span size="sm">
                    {format.value(p.realization, indicator)}
                  </Text>
                </Group>
              </Table.Td>
              <Table.Td ta="right" style={num} fw={600}>
                {format.percent(p.achievementPct)}
              </Table.Td>
              <Table.Td>{p.category ? <CategoryBadge category={p.category} size="sm" /> : t('common.none')}</Table.Td>
              <Table.Td>
                <RealizationStatusBadge status={p.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
