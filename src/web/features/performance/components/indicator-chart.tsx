import { Text } from '@mantine/core';
import { useMemo } from 'react';
import type { IndicatorPage } from '../../../../server/modules/performance/queries/indicator-page';
import { useT } from '../../../app/i18n';
import type { PerfFormat } from '../lib/format';
import { EChart, type EChartOption } from './echart';

/** Realization (bars) against target (line) for the four quarters, year to date. */
export function IndicatorChart({ page, format }: { page: IndicatorPage; format: PerfFormat }) {
  const { t } = useT();
  const indicator = page.indicator;
  const hasData = page.periods.some((p) => p.period > 0 && p.realization !== null);
  const option = useMemo<EChartOption>(() => {
    const quarters = page.periods.filter((p) => p.period > 0);
    const value = (v: unknown) => format.value(typeof v === 'number' ? v : null, indicator);
    return {
      animation: false,
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0, textStyle: { color: '#343a40' } },
      tooltip: { trigger: 'axis', valueFormatter: value },
      xAxis: { type: 'category', data: quarters.map((q) => format.period(q.period)), axisLabel: { color: '#343a40' } },
      yAxis: { type: 'value', axisLabel: { color: '#495057', formatter: value } },
      series: [
        {
          name: t('performance.realization'),
          type: 'bar',
          data: quarters.map((q) => q.realization),
          itemStyle: { color: '#1864ab' },
          barMaxWidth: 48,
        },
        {
          name: t('performance.target'),
          type: 'line',
          data: quarters.map((q) => q.target),
          itemStyle: { color: '#495057' },
          lineStyle: { type: 'dashed', width: 2 },
          symbolSize: 7,
        },
      ],
    };
  }, [page.periods, format, indicator, t]);
  return (
    <>
      {hasData ? null : (
        <Text size="sm" c="dimmed" mb="xs">
          {t('performance.indicator.noQuarterData')}
        </Text>
      )}
      <EChart option={option} label={t('performance.indicator.chartLabel', { code: indicator.code })} />
    </>
  );
}
