import { Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { formatMonth } from '../../../../shared/format';
import { useT } from '../../../app/i18n';
import { useFormat } from '../../../lib/format';

/**
 * The actual news published in a year, month by month, with the year's total: one row of twelve
 * months, so it stays short on a wide screen and scrolls sideways on a phone.
 */
export function CoveragePerMonth({
  year,
  byMonth,
  total,
  ownUnitOnly,
}: {
  year: number;
  byMonth: readonly { month: number; actualNews: number }[];
  total: number;
  ownUnitOnly: boolean;
}) {
  const { t, lang } = useT();
  const format = useFormat();
  return (
    <Card withBorder>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md" mb={4}>
        <Title order={2} size="h5">
          {t('media.coverage.perMonth')}
        </Title>
        {/* The year's total in sight even where the table scrolls (a phone). */}
        <Stack gap={0} align="flex-end">
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('media.coverage.totalOf', { year })}
          </Text>
          <Text fw={700} size="xl" lh={1.2} data-testid="coverage-total">
            {format.number(total)}
          </Text>
        </Stack>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('media.coverage.perMonthExplain')}
        {ownUnitOnly ? ` ${t('media.coverage.perMonthExplainUnit')}` : ''}
      </Text>
      <Table.ScrollContainer minWidth={720}>
        <Table withColumnBorders data-testid="coverage-per-month" aria-label={t('media.coverage.perMonth')}>
          <Table.Thead>
            <Table.Tr>
              {byMonth.map((m) => (
                <Table.Th key={m.month} ta="right" scope="col">
                  <abbr title={formatMonth(m.month, lang)} style={{ textDecoration: 'none' }}>
                    {formatMonth(m.month, lang).slice(0, 3)}
                  </abbr>
                </Table.Th>
              ))}
              <Table.Th ta="right" scope="col">
                {t('media.coverage.total')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr>
              {byMonth.map((m) => (
                <Table.Td key={m.month} ta="right">
                  {format.number(m.actualNews)}
                </Table.Td>
              ))}
              <Table.Td ta="right" fw={700}>
                {format.number(total)}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
