import { Alert, Anchor, Button, FileInput, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import { PageHeader } from '../../../components/page-header';
import { ErrorAlert } from '../../../components/query-state';
import { templateUrl, useCommitImport, useImportColumns, useImportPreview, useSaveMapping } from '../api/news';
import { ImportPreview } from '../components/import-preview';
import { NewsTabs } from '../components/news-tabs';

type Mapping = Record<string, string | null>;

/**
 * Impor: a file through the shared import pipeline. The columns are mapped first (a vendor's
 * export names them its own way), then every row is checked and shown; nothing is written until
 * the file has no error and the user commits it.
 */
export default function ImportScreen() {
  const { t } = useT();
  const [file, setFile] = useState<File | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [name, setName] = useState('');
  const [committed, setCommitted] = useState<number | null>(null);
  const columns = useImportColumns();
  const preview = useImportPreview();
  const commit = useCommitImport();
  const save = useSaveMapping();

  const choose = async (f: File | null) => {
    setFile(f);
    setCommitted(null);
    preview.reset();
    if (!f) return;
    const result = await columns.mutateAsync(f);
    setMapping(result.suggested);
  };
  const reset = () => {
    setFile(null);
    setCommitted(null);
    preview.reset();
    columns.reset();
  };
  const targets = columns.data?.columns ?? [];
  const batch = preview.data?.batch;

  return (
    <>
      <PageHeader
        title={t('media.import.title')}
        intro={t('media.import.intro')}
        actions={
          <Group gap="xs">
            <Button component="a" href={templateUrl('xlsx')} variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
              {t('media.import.template')} (XLSX)
            </Button>
            <Anchor href={templateUrl('csv')} size="sm">
              CSV
            </Anchor>
          </Group>
        }
      />
      <NewsTabs />
      <Stack gap="md" maw={1100}>
        {committed !== null ? (
          <Alert color="teal" title={t('media.import.committed', { count: committed })} role="status">
            <Button mt="sm" variant="white" onClick={reset}>
              {t('media.import.again')}
            </Button>
          </Alert>
        ) : (
          <FileInput
            label={t('media.import.file')}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            value={file}
            onChange={choose}
            leftSection={<IconUpload size={16} aria-hidden />}
            clearable
            data-testid="import-file"
            w={420}
          />
        )}
        {columns.isError ? <ErrorAlert error={columns.error} /> : null}
        {columns.data && committed === null ? (
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('media.import.mapping')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('media.import.mappingIntro')}
            </Text>
            {columns.data.saved.length ? (
              <Select
                label={t('media.import.useSaved')}
                data={columns.data.saved.map((s) => ({ value: s.id, label: s.name }))}
                onChange={(id) => {
                  const saved = columns.data!.saved.find((s) => s.id === id);
                  if (saved) setMapping(Object.fromEntries(columns.data!.headers.map((h) => [h, saved.mapping[h] ?? null])));
                }}
                w={300}
              />
            ) : null}
            <Table data-testid="mapping">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('media.import.fileColumn')}</Table.Th>
                  <Table.Th>{t('media.import.sample')}</Table.Th>
                  <Table.Th>{t('media.import.target')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {columns.data.headers.map((header, i) => (
                  <Table.Tr key={header}>
                    <Table.Td>{header}</Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={1}>
                        {columns.data!.sample[0]?.[i] ?? ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Select
                        aria-label={`${t('media.import.target')}: ${header}`}
                        data={[
                          { value: '', label: t('media.import.skip') },
                          ...targets.map((c) => ({ value: c.key, label: c.required ? `${c.header} *` : c.header })),
                        ]}
                        value={mapping[header] ?? ''}
                        onChange={(v) => setMapping({ ...mapping, [header]: v || null })}
                        allowDeselect={false}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Group align="flex-end">
              <Button onClick={() => file && preview.mutate({ file, mapping })} loading={preview.isPending} data-testid="preview">
                {t('media.import.preview')}
              </Button>
              <TextInput label={t('media.import.mappingName')} value={name} onChange={(e) => setName(e.currentTarget.value)} w={220} />
              <Button
                variant="default"
                disabled={name.trim().length < 2}
                loading={save.isPending}
                onClick={() => save.mutate({ name, mapping })}
              >
                {t('media.import.saveMapping')}
              </Button>
            </Group>
          </Stack>
        ) : null}
        {preview.isError ? <ErrorAlert error={preview.error} /> : null}
        {batch && committed === null ? (
          <Stack gap="sm">
            <ImportPreview batch={batch} duplicates={preview.data!.duplicates} />
            {commit.isError ? <ErrorAlert error={commit.error} /> : null}
            <Group>
              <Button
                color="teal"
                disabled={batch.errorCount > 0}
                loading={commit.isPending}
                data-testid="commit"
                onClick={async () => {
                  await commit.mutateAsync(batch.id);
                  setCommitted(batch.rowCount);
                }}
              >
                {t('media.import.commit', { count: batch.rowCount })}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Stack>
    </>
  );
}
