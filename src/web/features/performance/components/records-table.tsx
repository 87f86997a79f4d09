import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import { QueryState } from '../../../components/query-state';
import { RECORDS_PAGE, useIndicatorRecords } from '../api/performance';
import type { PerfFormat } from '../lib/format';

/** A web address as a short link (its host and the start of its path), so it does not crowd the other columns. */
function UrlCell({ url }: { url: string }) {
  let shown = url;
  try {
    const parsed = new URL(url);
    shown = `${parsed.host}${parsed.pathname}`;
  } catch {
    // Not a full address: show it as it is.
  }
  return (
    <Anchor href={url} target="_blank" rel="noopener noreferrer" size="sm" title={url} display="block" maw={220} truncate="end">
      {shown}
    </Anchor>
  );
}

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
                        <Table.Td
                          key={column.key}
                          miw={typeof row[column.key] === 'string' && String(row[column.key]).length > 40 ? 220 : undefined}
                        >
                          {typeof row[column.key] === 'string' && /^https?:\/\//.test(row[column.key] as string) ? (
                            <UrlCell url={row[column.key] as string} />
                          ) : (
                            <Text
                              size="sm"
                              style={{ whiteSpace: /^\d{4}-\d{2}-\d{2}/.test(String(row[column.key])) ? 'nowrap' : undefined }}
                            >
                              {column.labels?.[String(row[column.key])]?.[lang] ??
                                cell(row[column.key], format, t('common.yes'), t('common.no'))}
                            </Text>
                          )}
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
