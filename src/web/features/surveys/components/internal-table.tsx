import { Paper, Table, Text } from '@mantine/core';
import { useT } from '../../../app/i18n';
import { QueryState } from '../../../components/query-state';
import { useFormat } from '../../../lib/format';
import { useInternalSatisfaction } from '../api/surveys';

/** Internal satisfaction of a year: the mean rating of each service in each quarter, and the year's index. */
export function InternalTable({ year }: { year: number }) {
  const { t } = useT();
  const format = useFormat();
  const query = useInternalSatisfaction(year);
  const mean = (v: number | null) => (v === null ? t('common.none') : format.decimal(v, 2));
  return (
    <QueryState query={query}>
      {() => {
        const data = query.data!;
        if (!data.quarters.length) return <Text c="dimmed">{t('surveys.internal.empty')}</Text>;
        return (
          <Paper withBorder radius="md">
            <Table.ScrollContainer minWidth={720}>
              <Table striped verticalSpacing="xs" data-testid="internal-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('surveys.internal.service')}</Table.Th>
                    {data.quarters.map((q) => (
                      <Table.Th scope="col" ta="right" key={q.surveyId}>
                        {q.quarter ? format.quarter(q.quarter) : q.code}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {data.services.map((s) => (
                    <Table.Tr key={s.code}>
                      <Table.Td>
                        <Text size="sm">
                          {s.code} · {s.name}
                        </Text>
                      </Table.Td>
                      {data.quarters.map((q) => (
                        <Table.Td ta="right" key={q.surveyId}>
                          {mean(q.services[s.code]?.mean ?? null)}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                  <Table.Tr fw={700}>
                    <Table.Td>
                      {t('surveys.internal.year')}: {mean(data.total.mean)} (
                      {t('surveys.internal.ratings', { n: format.number(data.total.count) })})
                    </Table.Td>
                    {data.quarters.map((q) => (
                      <Table.Td ta="right" key={q.surveyId} data-testid={`internal-q${q.quarter}`}>
                        {mean(q.mean)}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        );
      }}
    </QueryState>
  );
}
