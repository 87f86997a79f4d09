import { Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { IndicatorPage } from '../../../../server/modules/performance/queries/indicator-page';
import { useT } from '../../../app/i18n';
import { unitName, useUnits } from '../../../lib/units';
import type { PerfFormat } from '../lib/format';
import { localText } from '../lib/text';
import { SourceBadge } from './badges';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

/** How the indicator is measured and where its value comes from. */
export function DefinitionCard({ page, format }: { page: IndicatorPage; format: PerfFormat }) {
  const { t, lang } = useT();
  const units = useUnits();
  const indicator = page.indicator;
  const unit = units.data?.find((u) => u.id === indicator.responsibleUnitId);
  const measure = indicator.measureLabel ? indicator.measureLabel[lang] : indicator.measure;
  return (
    <Stack gap="sm" data-testid="definition">
      <Row label={t('performance.indicator.definition')}>{indicator.definition || t('common.none')}</Row>
      <Row label={t('performance.source')}>
        <Group gap="xs" mb={4}>
          <SourceBadge source={indicator.source as 'computed' | 'manual'} />
          <Text size="sm" span>
            {indicator.source === 'computed'
              ? t('performance.indicator.sourceComputed', { measure })
              : t('performance.indicator.sourceManual')}
          </Text>
        </Group>
        {indicator.sourceNote ? (
          <Text size="sm" c="dimmed">
            {localText(indicator.sourceNote, lang)}
          </Text>
        ) : null}
      </Row>
      <Group gap="xl" align="flex-start">
        <Row label={t('performance.unit')}>{indicator.unit}</Row>
        <Row label={t('performance.indicator.weight')}>{format.decimal(indicator.weight, Number.isInteger(indicator.weight) ? 0 : 2)}</Row>
        <Row label={t('performance.indicator.evidenceRequired')}>{indicator.evidenceRequired ? t('common.yes') : t('common.no')}</Row>
      </Group>
      <Row label={t('performance.indicator.direction')}>{t(`performance.directions.${indicator.direction as 'higher'}`)}</Row>
      <Row label={t('performance.indicator.quarterlyRule')}>{t(`performance.quarterlyRules.${indicator.quarterlyRule as 'same'}`)}</Row>
      <Row label={t('performance.indicator.responsible')}>{unit ? `${unit.code} — ${unitName(unit, lang)}` : t('common.none')}</Row>
    </Stack>
  );
}
