import { Alert, Button, FileInput, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import { ErrorAlert } from '../../../components/query-state';
import { useFormat } from '../../../lib/format';
import { useCommitImport, usePreviewImport } from '../api/surveys';

/**
 * Responses from a survey run elsewhere: the file is checked first (every error by row and
 * column, nothing saved), then saved all at once.
 */
export function ImportCard({ surveyId }: { surveyId: string }) {
  const { t } = useT();
  const format = useFormat();
  const [file, setFile] = useState<File | null>(null);
  const preview = usePreviewImport(surveyId);
  const commit = useCommitImport(surveyId);
  const batch = preview.data;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('surveys.import.intro')}
      </Text>
      <Group align="flex-end" gap="xs">
        <FileInput
          label={t('surveys.import.file')}
          accept=".csv,.xlsx,.txt"
          value={file}
          onChange={(f) => {
            setFile(f);
            preview.reset();
            commit.reset();
          }}
          clearable
          w={320}
        />
        <Button variant="default" disabled={!file} loading={preview.isPending} onClick={() => file && preview.mutate(file)}>
          {t('surveys.import.preview')}
        </Button>
      </Group>
      {preview.isError ? <ErrorAlert error={preview.error} /> : null}
      {commit.isError ? <ErrorAlert error={commit.error} /> : null}
      {commit.isSuccess ? (
        <Alert color="teal" variant="light" role="status">
          {t('surveys.import.done', { n: format.number(commit.data.rowCount) })}
        </Alert>
      ) : batch && batch.errorCount > 0 ? (
        <Stack gap="xs">
          <Alert color="red" variant="light" role="alert">
            {t('surveys.import.errors', { n: format.number(batch.errorCount) })}
          </Alert>
          <Table verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('surveys.import.row')}</Table.Th>
                <Table.Th scope="col">{t('surveys.import.column')}</Table.Th>
                <Table.Th scope="col">{t('surveys.import.message')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {batch.errors.slice(0, 50).map((e) => (
                <Table.Tr key={`${e.row}-${e.column}-${e.message}`}>
                  <Table.Td>{e.row}</Table.Td>
                  <Table.Td>{e.header ?? t('common.none')}</Table.Td>
                  <Table.Td>{e.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      ) : batch ? (
        <Group>
          <Button loading={commit.isPending} onClick={() => commit.mutate(batch.id)}>
            {t('surveys.import.commit', { n: format.number(batch.rowCount) })}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
