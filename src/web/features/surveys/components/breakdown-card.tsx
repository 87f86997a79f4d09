import { Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useT } from '../../../app/i18n';
import { useFormat } from '../../../lib/format';
import type { SurveyResults } from './types';

/**
 * The index per option of a choice question (gender, age, media…), and how the respondents
 * spread over every demographic question.
 */
export function BreakdownCard({
  results,
  questions,
  by,
  onBy,
}: {
  results: SurveyResults;
  questions: { code: string; text: string }[];
  by: string | null;
  onBy: (code: string | null) => void;
}) {
  const { t } = useT();
  const format = useFormat();
  const internal = results.survey.kind === 'internal';
  const value = (v: number | null) => (v === null ? t('common.none') : format.decimal(v, 2));
  return (
    <Stack gap="lg">
      {questions.length ? (
        <Stack gap="sm">
          <Select
            label={t('surveys.breakdown.by')}
            data={questions.map((q) => ({ value: q.code, label: q.text }))}
            value={by}
            onChange={onBy}
            maw={420}
            data-testid="breakdown-by"
          />
          {results.breakdown ? (
            <Paper withBorder radius="md">
              <Table verticalSpacing="xs" data-testid="breakdown-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('surveys.breakdown.group')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('surveys.detail.respondents')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {internal ? t('surveys.detail.meanRating') : t('surveys.detail.ikm')}
                    </Table.Th>
                    {internal ? null : <Table.Th scope="col">{t('surveys.detail.quality')}</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {results.breakdown.groups.map((g) => (
                    <Table.Tr key={g.option} data-group={g.option}>
                      <Table.Td>{g.label}</Table.Td>
                      <Table.Td ta="right">{format.number(g.respondents)}</Table.Td>
                      <Table.Td ta="right">{value(internal ? g.mean : g.ikm)}</Table.Td>
                      {internal ? null : <Table.Td>{g.quality ?? t('common.none')}</Table.Td>}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {results.breakdown.unanswered ? (
                <Text size="xs" c="dimmed" p="xs">
                  {t('surveys.breakdown.unanswered', { n: format.number(results.breakdown.unanswered) })}
                </Text>
              ) : null}
            </Paper>
          ) : null}
        </Stack>
      ) : (
        <Text c="dimmed">{t('surveys.breakdown.none')}</Text>
      )}
      {results.demographics.length ? (
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('surveys.demographics.title')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {results.demographics.map((d) => (
              <Paper withBorder radius="md" p="sm" key={d.question} data-demographic={d.question}>
                <Text fw={600} size="sm" mb={4}>
                  {d.text}
                </Text>
                {d.options.map((o) => (
                  <Group key={o.value} justify="space-between" gap="xs" wrap="nowrap">
                    <Text size="sm">{o.label}</Text>
                    <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                      {format.number(o.count)} ({format.percent(o.pct, 1)})
                    </Text>
                  </Group>
                ))}
              </Paper>
            ))}
          </SimpleGrid>
        </Stack>
      ) : null}
    </Stack>
  );
}
