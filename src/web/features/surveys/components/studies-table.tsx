import { Anchor, Paper, Stack, Table, Text } from '@mantine/core';
import type { TStudy } from '../../../../shared/surveys';
import { useT } from '../../../app/i18n';
import { useFormat } from '../../../lib/format';
import { textIn } from '../lib/text';

/** Pollsters' studies: the national index and each aspect, the year before beside them, and the evidence. */
export function StudiesTable({ items }: { items: TStudy[] }) {
  const { t, lang } = useT();
  const format = useFormat();
  const value = (v: number | null) => (v === null ? t('common.none') : format.decimal(v, 2));
  if (!items.length) return <Text c="dimmed">{t('surveys.studies.empty')}</Text>;
  return (
    <Stack gap="lg">
      {items.map((study) => (
        <Paper withBorder radius="md" p="md" key={study.id} data-study={study.code}>
          <Stack gap="xs">
            <Text fw={700}>
              {study.code} · {study.title}
            </Text>
            <Text size="sm" c="dimmed">
              {[study.pollster, study.respondents ? `${t('surveys.studies.respondents')}: ${format.number(study.respondents)}` : null]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            <Table.ScrollContainer minWidth={480}>
              <Table verticalSpacing={6}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('surveys.studies.aspect')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {study.year - 1}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {study.year}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody style={{ fontVariantNumeric: 'tabular-nums' }}>
                  <Table.Tr fw={700}>
                    <Table.Td>{t('surveys.studies.index')}</Table.Td>
                    <Table.Td ta="right">{value(study.previousIndex)}</Table.Td>
                    <Table.Td ta="right" data-testid="study-index">
                      {value(study.index)}
                    </Table.Td>
                  </Table.Tr>
                  {study.aspects.map((a) => (
                    <Table.Tr key={a.code}>
                      <Table.Td>{textIn(a.name, lang)}</Table.Td>
                      <Table.Td ta="right">{value(a.previous)}</Table.Td>
                      <Table.Td ta="right">{value(a.value)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {study.evidenceLink || study.evidenceFileId ? (
              <Text size="sm">
                {t('surveys.studies.evidence')}:{' '}
                <Anchor
                  href={study.evidenceLink ?? `/api/files/${study.evidenceFileId}/download`}
                  target="_blank"
                  rel="noopener noreferrer"
                >
                  {t('surveys.studies.openEvidence')}
                </Anchor>
              </Text>
            ) : null}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
