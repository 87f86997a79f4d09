import { Alert, Anchor, Paper, Stack, Table, Text } from '@mantine/core';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { usePlanYears, useTargetAdvice } from '../api/performance';
import { ReasonBadge } from '../components/badges';
import { indicatorName } from '../components/indicator-tile';
import { YearPeriodPicker } from '../components/year-period-picker';
import { usePerfFormat } from '../lib/format';
import { defaultYear, useYearPeriod, yearOptions } from '../lib/periods';

/** Saran target: each indicator's recent realizations and the next year's suggested target, in words. */
export default function TargetAdviceScreen() {
  const { t, lang } = useT();
  const format = usePerfFormat();
  const { year, set } = useYearPeriod();
  const years = usePlanYears();
  useEffect(() => {
    if (year === null && years.data) set({ year: defaultYear(years.data) }, true);
  }, [year, years.data, set]);
  const advice = useTargetAdvice(year);

  return (
    <>
      <PageHeader title={t('performance.advice.title')} intro={t('performance.advice.intro')} />
      <Stack gap="lg">
        {year !== null ? (
          <YearPeriodPicker year={year} years={yearOptions(years.data ?? [], year)} withPeriod={false} onChange={set} />
        ) : null}
        <QueryState query={year === null ? years : advice}>
          {() => {
            const data = advice.data;
            if (!data || year === null) return null;
            if (data.items.length === 0)
              return (
                <Alert color="gray" variant="light">
                  {t('performance.advice.empty', { year })}
                </Alert>
              );
            return (
              <Paper withBorder radius="md">
                <Table.ScrollContainer minWidth={900}>
                  <Table striped verticalSpacing="sm" data-testid="advice-table">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('performance.advice.indicator')}</Table.Th>
                        <Table.Th scope="col">{t('performance.advice.history')}</Table.Th>
                        <Table.Th scope="col" ta="right">
                          {t('performance.advice.suggestedFor', { year: data.nextYear })}
                        </Table.Th>
                        <Table.Th scope="col">{t('performance.advice.reason')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.items.map((item) => (
                        <Table.Tr key={item.indicatorId} data-indicator={item.code} data-reason={item.reason}>
                          <Table.Td maw={340}>
                            <Anchor component={Link} to={`/kinerja/indikator/${item.indicatorId}`} fw={700} size="sm">
                              {item.code}
                            </Anchor>
                            <Text size="sm" lineClamp={2}>
                              {indicatorName(item, lang)}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <Stack gap={0}>
                              {item.history.map((h) => (
                                <Text key={h.year} size="sm" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                                  {t('performance.advice.historyItem', {
                                    year: h.year,
                                    realization: format.value(h.realization, item),
                                    target: format.value(h.target, item),
                                  })}
                                </Text>
                              ))}
                            </Stack>
                          </Table.Td>
                          <Table.Td ta="right" fw={700} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                            {format.value(item.suggested, item)}
                          </Table.Td>
                          <Table.Td maw={360}>
                            <Stack gap={4} align="flex-start">
                              <ReasonBadge reason={item.reason} />
                              <Text size="sm">{t(`performance.reasons.${item.reason}`)}</Text>
                            </Stack>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Paper>
            );
          }}
        </QueryState>
      </Stack>
    </>
  );
}
