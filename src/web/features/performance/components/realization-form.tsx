import { ActionIcon, Alert, Button, FileInput, Group, Input, NumberInput, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPaperclip, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { IndicatorPage } from '../../../../server/modules/performance/queries/indicator-page';
import { useT } from '../../../app/i18n';
import { errorText } from '../../../lib/errors';
import { useEvidenceFiles, useSaveRealization, useUploadEvidence } from '../api/performance';
import { numberFieldSeparators, type PerfFormat } from '../lib/format';
import { applyPerfFieldErrors } from '../lib/text';

type Realization = IndicatorPage['realizations'][number];

interface Values {
  value: number | string;
  note: string;
  evidenceLinks: string[];
}

/**
 * A manual realization for one period: value, note, links and files. The server checks
 * everything (evidence required, frozen after approval, the group's right to edit); its
 * messages appear under the fields, and its sentence above the button.
 */
export function RealizationForm({
  page,
  period,
  realization,
  format,
}: {
  page: IndicatorPage;
  period: number;
  realization: Realization | undefined;
  format: PerfFormat;
}) {
  const { t, lang } = useT();
  const save = useSaveRealization(page.indicator.id);
  const upload = useUploadEvidence();
  const [error, setError] = useState<unknown>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [fileIds, setFileIds] = useState<string[]>(realization?.evidenceFileIds ?? []);
  const [uploaded, setUploaded] = useState<Record<string, string>>({});
  const known = useEvidenceFiles(realization?.evidenceFileIds ?? []);
  const form = useForm<Values>({
    initialValues: {
      value: realization?.value ?? '',
      note: realization?.note ?? '',
      evidenceLinks: realization?.evidenceLinks.length ? [...realization.evidenceLinks] : [''],
    },
    validate: { value: (v) => (v === '' || v === null ? t('common.required') : null) },
  });
  const fileName = (id: string) => uploaded[id] ?? known.data?.find((f) => f.id === id)?.name ?? id.slice(0, 8);

  const onFile = async (file: File | null) => {
    if (!file) return;
    setUploadError(null);
    try {
      const stored = await upload.mutateAsync(file);
      setUploaded((u) => ({ ...u, [stored.id]: stored.name }));
      setFileIds((ids) => [...ids, stored.id]);
    } catch (e) {
      setUploadError(e);
    }
  };

  const submit = async (values: Values) => {
    setError(null);
    try {
      await save.mutateAsync({
        period,
        body: {
          value: Number(values.value),
          note: values.note.trim(),
          evidenceLinks: values.evidenceLinks.map((l) => l.trim()).filter(Boolean),
          evidenceFileIds: fileIds,
        },
      });
      notifications.show({ color: 'teal', message: t('performance.entry.saved', { period: format.period(period) }) });
    } catch (e) {
      applyPerfFieldErrors(form, e, lang);
      setError(e);
    }
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate data-testid="realization-form">
      <Stack gap="sm">
        <NumberInput
          label={`${t('performance.entry.value')} (${page.indicator.unit})`}
          withAsterisk
          decimalScale={6}
          {...numberFieldSeparators(lang)}
          w={{ base: '100%', sm: 260 }}
          {...form.getInputProps('value')}
        />
        <Textarea
          label={t('performance.entry.note')}
          description={t('performance.entry.noteHint')}
          withAsterisk
          autosize
          minRows={2}
          {...form.getInputProps('note')}
        />
        <Stack gap={6}>
          <Input.Label component="div" display="block">
            {t('performance.entry.links')}
          </Input.Label>
          {form.values.evidenceLinks.map((_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the links are edited in place by position
            <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput
                type="url"
                placeholder="https://"
                aria-label={t('performance.entry.link', { n: i + 1 })}
                style={{ flex: 1 }}
                {...form.getInputProps(`evidenceLinks.${i}`)}
              />
              <ActionIcon
                variant="subtle"
                color="red.9"
                size="lg"
                aria-label={t('performance.entry.removeLink', { n: i + 1 })}
                onClick={() => form.removeListItem('evidenceLinks', i)}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          {form.errors.evidenceLinks ? (
            <Text size="xs" c="red.9">
              {form.errors.evidenceLinks}
            </Text>
          ) : null}
          <Group>
            <Button
              variant="default"
              size="xs"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => form.insertListItem('evidenceLinks', '')}
            >
              {t('performance.entry.addLink')}
            </Button>
          </Group>
        </Stack>
        <Stack gap={6}>
          <FileInput
            label={t('performance.entry.upload')}
            description={t('performance.entry.uploadHint')}
            leftSection={<IconPaperclip size={16} aria-hidden />}
            value={null}
            onChange={onFile}
            accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg,.csv,.txt"
            disabled={upload.isPending}
            error={uploadError ? errorText(uploadError, t) : (form.errors.evidenceFileIds as string | undefined)}
            w={{ base: '100%', sm: 360 }}
          />
          {fileIds.map((id) => (
            <Group key={id} gap="xs">
              <Text size="sm">{fileName(id)}</Text>
              <ActionIcon
                variant="subtle"
                color="red.9"
                aria-label={t('performance.entry.removeFile', { name: fileName(id) })}
                onClick={() => setFileIds((ids) => ids.filter((x) => x !== id))}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
        {error ? (
          <Alert color="red" role="alert" data-testid="form-error">
            {errorText(error, t)}
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('performance.entry.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
