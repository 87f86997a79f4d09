import { Anchor, Paper, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { TSurvey } from '../../../../shared/surveys';
import { useT } from '../../../app/i18n';
import { useFormat } from '../../../lib/format';
import { SurveyStatusBadge } from './status-badge';

/** The surveys, newest year first, each with its responses against the minimum sample. */
export function SurveysTable({ items }: { items: TSurvey[] }) {
  const { t } = useT();
  const format = useFormat();
  if (!items.length) return <Text c="dimmed">{t('surveys.empty')}</Text>;
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={760}>
        <Table striped verticalSpacing="sm" data-testid="surveys-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('surveys.columns.code')}</Table.Th>
              <Table.Th scope="col">{t('surveys.columns.title')}</Table.Th>
              <Table.Th scope="col">{t('surveys.columns.period')}</Table.Th>
              <Table.Th scope="col">{t('surveys.columns.kind')}</Table.Th>
              <Table.Th scope="col">{t('surveys.columns.status')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('surveys.columns.responses')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((s) => (
              <Table.Tr key={s.id} data-survey={s.code}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Anchor component={Link} to={`/survei/${s.id}`} fw={700} size="sm">
                    {s.code}
                  </Anchor>
                </Table.Td>
                <Table.Td maw={420}>
                  <Text size="sm" lineClamp={2}>
                    {s.title}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{s.quarter ? `${format.quarter(s.quarter)} ${s.year}` : s.year}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t(`surveys.kinds.${s.kind}`)}</Text>
                </Table.Td>
                <Table.Td>
                  <SurveyStatusBadge status={s.status} />
                </Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                  {s.sample.krejcieMorgan
                    ? t('surveys.ofRequired', { n: format.number(s.responses), required: format.number(s.sample.krejcieMorgan) })
                    : format.number(s.responses)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
