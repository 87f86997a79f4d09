import { Group, SegmentedControl, Select, Input } from '@mantine/core';
import { useId } from 'react';
import { useT } from '../../../app/i18n';
import { PERIODS } from '../lib/periods';

/** Tahun and Tahunan / TW I–IV. The period control is a radio group, so arrow keys move along it. */
export function YearPeriodPicker({
  year,
  years,
  period,
  onChange,
  withPeriod = true,
}: {
  year: number;
  years: readonly number[];
  period?: number;
  onChange: (next: { year?: number; period?: number }) => void;
  withPeriod?: boolean;
}) {
  const { t } = useT();
  const periodLabel = useId();
  return (
    <Group gap="md" align="flex-end" wrap="wrap">
      <Select
        label={t('performance.year')}
        data={years.map((y) => ({ value: String(y), label: String(y) }))}
        value={String(year)}
        onChange={(value) => value && onChange({ year: Number(value) })}
        allowDeselect={false}
        w={120}
        data-testid="year-select"
      />
      {withPeriod ? (
        <div>
          <Input.Label component="div" display="block" mb={2} id={periodLabel}>
            {t('performance.period')}
          </Input.Label>
          <SegmentedControl
            aria-labelledby={periodLabel}
            value={String(period ?? 0)}
            onChange={(value) => onChange({ period: Number(value) })}
            data={PERIODS.map((p) => ({ value: String(p), label: t(`performance.periods.p${p}`) }))}
            data-testid="period-control"
          />
        </div>
      ) : null}
    </Group>
  );
}
