import { Text } from '@mantine/core';
import { useT } from '../../../app/i18n';
import type { PerfFormat } from '../lib/format';

interface Point {
  period: number;
  realization: number | null;
}

const W = 120;
const H = 32;
const PAD = 3;

/**
 * The quarterly realizations as a line (plain SVG: fourteen tiles of four points do not need a
 * chart library in the dashboard's chunk). Screen readers get the values in words.
 */
export function Sparkline({
  points,
  target,
  color,
  format,
  indicator,
}: {
  points: readonly Point[];
  target: number | null;
  color: string;
  format: PerfFormat;
  indicator: { unit: string; decimals: number };
}) {
  const { t } = useT();
  const known = points.filter((p): p is { period: number; realization: number } => p.realization !== null);
  if (known.length === 0)
    return (
      <Text size="xs" c="dimmed">
        {t('performance.dashboard.noTrend')}
      </Text>
    );
  const values = [...known.map((p) => p.realization), ...(target !== null ? [target] : [])];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const x = (period: number) => PAD + ((period - 1) / 3) * (W - 2 * PAD);
  const yOf = (value: number) => H - PAD - ((value - min) / span) * (H - 2 * PAD);
  const label = t('performance.dashboard.trendLabel', {
    values: points.map((p) => `${format.period(p.period)} ${format.value(p.realization, indicator)}`).join('; '),
  });
  return (
    <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      <title>{label}</title>
      {target !== null ? (
        <line x1={PAD} x2={W - PAD} y1={yOf(target)} y2={yOf(target)} stroke="#868e96" strokeDasharray="3 3" strokeWidth={1} />
      ) : null}
      <polyline
        points={known.map((p) => `${x(p.period)},${yOf(p.realization)}`).join(' ')}
        fill="none"
        stroke={color}
        strokeWidth={2}
        strokeLinejoin="round"
      />
      {known.map((p) => (
        <circle key={p.period} cx={x(p.period)} cy={yOf(p.realization)} r={2.5} fill={color} />
      ))}
    </svg>
  );
}
