import { Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { IndicatorPage } from '../../../../server/modules/performance/queries/indicator-page';
import { useT } from '../../../app/i18n';
import type { PerfFormat } from '../lib/format';
import { ReasonBadge } from './badges';

/** The same indicator code in other years, the year-end projection and the advisor's suggestion. */
export function YearsCard({ page, format }: { page: IndicatorPage; format: PerfFormat }) {
  const { t } = useT();
  const indicator = page.indicator;
  return (
    <Stack gap="md">
      <section>
        <Title order={2} size="h5" mb="xs">
          {t('performance.indicator.yearsTitle')}
        </Title>
        <Table.ScrollContainer minWidth={0}>
          <Table verticalSpacing={4} horizontalSpacing={6} fz="sm" data-testid="years">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('performance.year')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('performance.target')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('performance.realization')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('performance.achievement')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page.years.map((y) => (
                <Table.Tr key={y.year}>
                  <Table.Th scope="row">
                    {y.indicatorId === indicator.id ? (
                      y.year
                    ) : (
                      <Anchor component={Link} to={`/kinerja/indikator/${y.indicatorId}`} size="sm">
                        {y.year}
                      </Anchor>
                    )}
                  </Table.Th>
                  <Table.Td ta="right">{format.value(y.target, indicator)}</Table.Td>
                  <Table.Td ta="right">{format.value(y.realization, indicator)}</Table.Td>
                  <Table.Td ta="right">{format.percent(y.achievementPct)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </section>
      <section>
        <Title order={2} size="h5" mb={4}>
          {t('performance.indicator.projectionTitle')}
        </Title>
        <Text size="sm" data-testid="projection">
          {page.projection === null
            ? t('performance.indicator.noProjection')
            : t('performance.indicator.projection', { value: format.value(page.projection, indicator) })}
        </Text>
      </section>
      <section>
        <Title order={2} size="h5" mb={4}>
          {t('performance.indicator.adviceTitle')}
        </Title>
        <Text size="sm" fw={600} data-testid="advice">
          {page.advice.suggested === null
            ? t('performance.indicator.noSuggestion')
            : t('performance.indicator.suggested', { value: format.value(page.advice.suggested, indicator) })}
        </Text>
        <Group gap="xs" mt={4} align="flex-start" wrap="nowrap">
          <ReasonBadge reason={page.advice.reason} />
          <Text size="sm" c="dimmed">
            {t(`performance.reasons.${page.advice.reason}`)}
          </Text>
        </Group>
      </section>
    </Stack>
  );
}
