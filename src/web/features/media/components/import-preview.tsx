import { Alert, Badge, Stack, Table, Text, Title } from '@mantine/core';
import type { TImportBatch } from '../../../../shared/imports';
import { useT } from '../../../app/i18n';

export interface DuplicateNotice {
  row: number;
  reason: 'url' | 'syndicated';
  ofRow: number | null;
  existing: { id: string; title: string; outletName: string; publishedDate: string } | null;
}

/** A previewed file: its errors by row and column, the copies that will be grouped, and its rows. */
export function ImportPreview({ batch, duplicates }: { batch: TImportBatch; duplicates: DuplicateNotice[] }) {
  const { t } = useT();
  const wrong = new Set(batch.errors.map((e) => e.row));
  return (
    <Stack gap="md">
      <Text>{t('media.import.rows', { count: batch.rowCount })}</Text>
      {batch.errorCount ? (
        <Alert color="red" title={t('media.import.errors', { count: batch.errorCount })} role="alert">
          <Table data-testid="import-errors">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('media.import.row')}</Table.Th>
                <Table.Th>{t('media.import.column')}</Table.Th>
                <Table.Th>{t('media.import.problem')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {batch.errors.map((e) => (
                <Table.Tr key={`${e.row}-${e.column}`}>
                  <Table.Td>{e.row}</Table.Td>
                  <Table.Td>{e.header ?? '—'}</Table.Td>
                  <Table.Td>{e.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Alert>
      ) : (
        <Alert color="teal">{t('media.import.noErrors')}</Alert>
      )}
      {duplicates.length ? (
        <Stack gap={4} data-testid="import-duplicates">
          <Title order={3} size="h5">
            {t('media.import.duplicates')}
          </Title>
          {duplicates.map((d) => (
            <Text key={d.row} size="sm">
              {t('media.import.row')} {d.row}:{' '}
              {d.existing
                ? t('media.import.duplicateOfStored', { title: d.existing.title, outlet: d.existing.outletName })
                : t('media.import.duplicateOfRow', { row: d.ofRow })}{' '}
              <Badge variant="light" size="sm">
                {d.reason === 'url' ? t('media.import.reasonUrl') : t('media.import.reasonSyndicated')}
              </Badge>
            </Text>
          ))}
        </Stack>
      ) : null}
      <Table.ScrollContainer minWidth={800}>
        <Table striped data-testid="import-rows">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('media.import.row')}</Table.Th>
              {batch.columns.map((c) => (
                <Table.Th key={c.key}>{c.header}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {batch.rows.map((r) => (
              <Table.Tr key={r.row} bg={wrong.has(r.row) ? 'var(--mantine-color-red-light)' : undefined}>
                <Table.Td>{r.row}</Table.Td>
                {batch.columns.map((c) => (
                  <Table.Td key={c.key}>{r.values[c.key] === null ? '' : String(r.values[c.key])}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
