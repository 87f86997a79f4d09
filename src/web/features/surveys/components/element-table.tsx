import { Paper, Table, Text } from '@mantine/core';
import { useT } from '../../../app/i18n';
import { useFormat } from '../../../lib/format';
import type { SurveyResults } from './types';

/**
 * Every element: answers counted (and left empty), NRR, index, and — when expectations were asked —
 * the expectation index, the gap, the conformity Tki and the quadrant; last year's index beside.
 */
export function ElementTable({ results }: { results: SurveyResults }) {
  const { t } = useT();
  const format = useFormat();
  const withExpectations = results.elements.some((e) => e.expectationIndex !== null);
  const withPrevious = results.elements.some((e) => e.previousIndex !== null);
  const num = (v: number | null, d = 2) => (v === null ? t('common.none') : format.decimal(v, d));
  const name = (code: string | null) => results.elements.find((e) => e.code === code)?.name ?? t('common.none');
  return (
    <>
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={withExpectations ? 860 : 640}>
          <Table striped verticalSpacing="xs" data-testid="element-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('surveys.elements.code')}</Table.Th>
                <Table.Th scope="col">{t('surveys.elements.name')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('surveys.elements.answers')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('surveys.elements.nrr')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('surveys.elements.index')}
                </Table.Th>
                {withExpectations ? (
                  <>
                    <Table.Th scope="col" ta="right">
                      {t('surveys.elements.expectation')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('surveys.elements.gap')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('surveys.elements.conformity')}
                    </Table.Th>
                    <Table.Th scope="col">{t('surveys.elements.quadrant')}</Table.Th>
                  </>
                ) : null}
                {withPrevious ? (
                  <Table.Th scope="col" ta="right">
                    {t('surveys.elements.previous')}
                  </Table.Th>
                ) : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody style={{ fontVariantNumeric: 'tabular-nums' }}>
              {results.elements.map((e) => (
                <Table.Tr key={e.code} data-element={e.code}>
                  <Table.Td fw={700}>{e.code}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{e.name}</Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    {format.number(e.answers)}
                    {e.missing ? (
                      <Text component="span" c="dimmed" size="xs">
                        {' '}
                        (+{format.number(e.missing)} {t('surveys.elements.missing').toLowerCase()})
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td ta="right">{num(e.nrr, 2)}</Table.Td>
                  <Table.Td ta="right" fw={600} data-testid={`index-${e.code}`}>
                    {num(e.index)}
                  </Table.Td>
                  {withExpectations ? (
                    <>
                      <Table.Td ta="right">{num(e.expectationIndex)}</Table.Td>
                      <Table.Td ta="right">{num(e.gap)}</Table.Td>
                      <Table.Td ta="right">{e.conformity === null ? t('common.none') : format.percent(e.conformity, 2)}</Table.Td>
                      <Table.Td ta="center" title={e.quadrant ? results.quadrants[e.quadrant] : undefined}>
                        {e.quadrant ?? t('common.none')}
                      </Table.Td>
                    </>
                  ) : null}
                  {withPrevious ? <Table.Td ta="right">{num(e.previousIndex)}</Table.Td> : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {withExpectations ? (
        <Text size="xs" c="dimmed">
          {t('surveys.elements.quadrant')}:{' '}
          {Object.entries(results.quadrants)
            .map(([k, v]) => `${k} ${v}`)
            .join(' · ')}
        </Text>
      ) : null}
      {results.weightedNrr !== null && results.survey.kind === 'ikm' ? (
        <Text size="sm" c="dimmed">
          {t('surveys.elements.weighted', { nrr: format.decimal(results.weightedNrr, 4), ikm: format.decimal(results.ikm ?? 0, 2) })}{' '}
          {t('surveys.elements.highest', { name: name(results.highest), low: name(results.lowest) })}
        </Text>
      ) : null}
    </>
  );
}
