import { Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import { QueryState } from '../../../components/query-state';
import { RECORDS_PAGE, useIndicatorRecords } from '../api/performance';
import type { PerfFormat } from '../lib/format';

function cell(value: unknown, format: PerfFormat, yes: string, no: string): string {
  if (value === null || value === undefined || value === '') return format.number(null);
  if (typeof value === 'boolean') return value ? yes : no;
  if (typeof value === 'number') return Number.isInteger(value) ? format.number(value) : format.decimal(value);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return format.date(value);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return format.dateTime(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The drill-down: the records a computed indicator's measure counted in the period, a page at a time. */
export function RecordsTable({
  indicatorId,
  period,
  measure,
  format,
}: {
  indicatorId: string;
  period: number;
  measure: string;
  format: PerfFormat;
}) {
  const { t, lang } = useT();
  const [page, setPage] = useState(0);
  const records = useIndicatorRecords(indicatorId, period, page, true);
  return (
    <QueryState query={records}>
      {() => {
        const data = records.data!;
        if (data.total === 0)
          return (
            <Text size="sm" c="dimmed">
              {t('performance.indicator.recordsNone')}
            </Text>
          );
        const from = page * RECORDS_PAGE + 1;
        const to = Math.min(data.total, from + data.rows.length - 1);
        return (
          <>
            <Text size="sm" c="dimmed" mb="xs">
              {t('performance.indicator.recordsIntro', { measure })}
            </Text>
            <Table.ScrollContainer minWidth={640}>
              <Table striped verticalSpacing={6} data-testid="records">
                <Table.Thead>
                  <Table.Tr>
                    {data.columns.map((column) => (
                      <Table.Th key={column.key} scope="col">
                        {column.label[lang]}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.rows.map((row, i) => (
                    <Table.Tr key={String(row.id ?? i)}>
                      {data.columns.map((column) => (
                        <Table.Td key={column.key}>
                          <Text size="sm">{cell(row[column.key], format, t('common.yes'), t('common.no'))}</Text>
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Group justify="space-between" mt="sm">
              <Text size="sm" role="status">
                {t('performance.indicator.pageOf', { from: format.number(from), to: format.number(to), total: format.number(data.total) })}
              </Text>
              <Group gap="xs">
                <Button variant="default" size="xs" disabled={page === 0} onClick={() => setPage(page - 1)}>
                  {t('performance.indicator.previous')}
                </Button>
                <Button variant="default" size="xs" disabled={to >= data.total} onClick={() => setPage(page + 1)}>
                  {t('performance.indicator.next')}
                </Button>
              </Group>
            </Group>
          </>
        );
      }}
    </QueryState>
  );
}
