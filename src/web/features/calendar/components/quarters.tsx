import { Card, SimpleGrid, Text } from '@mantine/core';
import type { TFiscalYear } from '../../../../shared/org';
import { useT } from '../../../app/i18n';
import { useFormat } from '../../../lib/format';

/** Triwulan I–IV of a fiscal year with their working days. */
export function Quarters({ fiscalYear }: { fiscalYear: TFiscalYear }) {
  const { t } = useT();
  const format = useFormat();
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
      {fiscalYear.quarters.map((q) => (
        <Card key={q.quarter} withBorder radius="md" p="md" data-testid={`quarter-${q.quarter}`}>
          <Text fw={600}>{format.quarter(q.quarter)}</Text>
          <Text size="xs" c="dimmed">
            {t('calendar.period', { start: format.date(q.startDate), end: format.date(q.endDate) })}
          </Text>
          <Text size="lg" fw={700} mt={6}>
            {t('calendar.workingDays', { count: q.workingDays })}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}
