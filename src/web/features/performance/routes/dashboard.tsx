import { Alert, Button, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useT } from '../../../app/i18n';
import { useCan } from '../../../app/session';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { table1Url, useDashboard, usePlanYears } from '../api/performance';
import { DashboardSummary } from '../components/dashboard-summary';
import { IndicatorTile } from '../components/indicator-tile';
import { YearPeriodPicker } from '../components/year-period-picker';
import { usePerfFormat } from '../lib/format';
import { defaultYear, useYearPeriod, yearOptions } from '../lib/periods';

/** Kinerja: every indicator of a year or quarter, the overall achievement, efficiency and alerts. */
export default function PerformanceDashboard() {
  const { t } = useT();
  const can = useCan();
  const format = usePerfFormat();
  const { year, period, set } = useYearPeriod();
  const years = usePlanYears();
  // Without a year in the address, open the latest planned one (replacing, so Back still works).
  useEffect(() => {
    if (year === null && years.data) set({ year: defaultYear(years.data) }, true);
  }, [year, years.data, set]);
  const dashboard = useDashboard(year, period);

  return (
    <>
      <PageHeader
        title={t('performance.dashboard.title')}
        intro={t('performance.dashboard.intro')}
        actions={
          can('performance.export') && year !== null ? (
            <Button
              component="a"
              href={table1Url(year, period)}
              download
              leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
              data-testid="table1-download"
            >
              {t('performance.dashboard.table1')}
            </Button>
          ) : null
        }
      />
      <Stack gap="lg">
        {year !== null ? <YearPeriodPicker year={year} years={yearOptions(years.data ?? [], year)} period={period} onChange={set} /> : null}
        <QueryState query={year === null ? years : dashboard}>
          {() => {
            const data = dashboard.data;
            if (!data || year === null) return null;
            if (data.indicators.length === 0)
              return (
                <Alert color="gray" variant="light">
                  {t('performance.dashboard.noPlan', { year })}
                </Alert>
              );
            const trend = new Map(data.trend.map((tr) => [tr.indicatorId, tr]));
            return (
              <Stack gap="lg" style={{ opacity: dashboard.isPlaceholderData ? 0.6 : 1 }} aria-busy={dashboard.isPlaceholderData}>
                <DashboardSummary data={data} format={format} />
                <section aria-labelledby="indicators-title">
                  <Title order={2} size="h4" mb="sm" id="indicators-title">
                    {t('performance.dashboard.indicatorsTitle')}
                    <Text span c="dimmed" fw={400} size="sm">
                      {` · ${t('performance.periodOf', { period: format.period(period), year })}`}
                    </Text>
                  </Title>
                  <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" data-testid="indicator-tiles">
                    {data.indicators.map((indicator) => (
                      <IndicatorTile
                        key={indicator.id}
                        indicator={indicator}
                        trend={trend.get(indicator.id)}
                        format={format}
                        period={period}
                      />
                    ))}
                  </SimpleGrid>
                </section>
              </Stack>
            );
          }}
        </QueryState>
      </Stack>
    </>
  );
}
