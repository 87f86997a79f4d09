import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { useT } from '../../../app/i18n';
import { useFormat } from '../../../lib/format';
import { EChart, type EChartOption } from './echart';
import type { SurveyResults } from './types';

const QUADRANT_COLORS: Record<string, string> = { I: '#c92a2a', II: '#2b8a3e', III: '#5c5f66', IV: '#1864ab' };

/**
 * The importance–performance (Cartesian) diagram: expectation on x, satisfaction on y, axes at the
 * means of the elements, each element a point labelled with its code and coloured by quadrant.
 */
export function CartesianChart({ results }: { results: SurveyResults }) {
  const { t } = useT();
  const format = useFormat();
  const points = results.elements.filter((e) => e.expectationNrr !== null && e.nrr !== null);
  const option = useMemo<EChartOption | null>(() => {
    if (!results.axes || !points.length) return null;
    const xs = points.map((p) => p.expectationNrr!);
    const ys = points.map((p) => p.nrr!);
    const pad = 0.1;
    const range = (values: number[], axis: number) => ({
      min: Math.floor((Math.min(...values, axis) - pad) * 10) / 10,
      max: Math.ceil((Math.max(...values, axis) + pad) * 10) / 10,
    });
    const x = range(xs, results.axes.expectation);
    const y = range(ys, results.axes.satisfaction);
    const quadrantLabel = (q: string, left: boolean, top: boolean) => ({
      type: 'text',
      [left ? 'left' : 'right']: left ? 70 : 20,
      [top ? 'top' : 'bottom']: top ? 12 : 58,
      style: { text: `${q} · ${results.quadrants[q]}`, fill: QUADRANT_COLORS[q], fontSize: 12, fontWeight: 600 },
    });
    return {
      // No animation: the diagram is read, not watched (and the axes' lines draw at once).
      animation: false,
      grid: { left: 60, right: 20, top: 36, bottom: 50 },
      tooltip: {
        trigger: 'item',
        formatter: (p: { data: [number, number, string, string] }) =>
          `${p.data[2]} ${p.data[3]}<br/>${t('surveys.chart.x')}: ${format.decimal(p.data[0], 2)}<br/>${t('surveys.chart.y')}: ${format.decimal(p.data[1], 2)}`,
      },
      xAxis: {
        type: 'value',
        name: t('surveys.chart.x'),
        nameLocation: 'middle',
        nameGap: 30,
        ...x,
        axisLabel: { formatter: (v: number) => format.decimal(v, 1) },
      },
      yAxis: {
        type: 'value',
        name: t('surveys.chart.y'),
        nameLocation: 'middle',
        nameGap: 42,
        ...y,
        axisLabel: { formatter: (v: number) => format.decimal(v, 1) },
      },
      graphic: [
        quadrantLabel('IV', true, true),
        quadrantLabel('II', false, true),
        quadrantLabel('III', true, false),
        quadrantLabel('I', false, false),
      ],
      series: [
        {
          type: 'scatter',
          symbolSize: 12,
          data: points.map((p) => ({
            value: [p.expectationNrr, p.nrr, p.code, p.name],
            itemStyle: { color: QUADRANT_COLORS[p.quadrant ?? 'III'] },
          })),
          label: {
            show: true,
            position: 'right',
            formatter: (p: { data: { value: [number, number, string] } }) => p.data.value[2],
            fontSize: 12,
          },
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { type: 'dashed', color: '#868e96' },
            label: { show: false },
            data: [{ xAxis: results.axes.expectation }, { yAxis: results.axes.satisfaction }],
          },
        },
      ],
    };
  }, [results, points, t, format]);
  if (!option) return <Text c="dimmed">{t('surveys.chart.noExpectations')}</Text>;
  return (
    <>
      <EChart option={option} label={t('surveys.chart.label')} />
      <Text size="xs" c="dimmed">
        {t('surveys.chart.axes', { x: format.decimal(results.axes!.expectation, 2), y: format.decimal(results.axes!.satisfaction, 2) })}
      </Text>
    </>
  );
}
