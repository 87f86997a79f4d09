import { Alert, Button, Group, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { TCoverage } from '../../../../shared/media';
import { useT } from '../../../app/i18n';
import { AppModal } from '../../../components/app-modal';
import { applyFieldErrors, errorText } from '../../../lib/errors';
import { useFormat } from '../../../lib/format';
import { useUpdateCoverage } from '../api/coverage';

export const COVERAGE_STATUSES = ['requested', 'covered', 'not_covered'] as const;
type Status = (typeof COVERAGE_STATUSES)[number];

interface Values {
  status: Status;
  newsTitle: string;
  newsUrl: string;
  newsPublishedDate: string;
}

/**
 * Humas records what came of a request: covered (with the actual news once it is published), not
 * covered, or back to requested. Actual news belongs to a covered activity only, so its fields
 * show only then; the server checks the rest (a link, a story published before the activity).
 */
export function CoverageUpdateForm({ coverage, unit, onClose }: { coverage: TCoverage | null; unit: string; onClose: () => void }) {
  const { t } = useT();
  const format = useFormat();
  const save = useUpdateCoverage();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<Values>({ initialValues: { status: 'requested', newsTitle: '', newsUrl: '', newsPublishedDate: '' } });
  // Filled again with the request chosen each time the dialog opens.
  // biome-ignore lint/correctness/useExhaustiveDependencies: form is stable; the request chosen is the trigger
  useEffect(() => {
    if (!coverage) return;
    form.setValues({
      status: coverage.status,
      newsTitle: coverage.newsTitle ?? '',
      newsUrl: coverage.newsUrl ?? '',
      newsPublishedDate: coverage.newsPublishedDate ?? '',
    });
    form.clearErrors();
    setError(null);
  }, [coverage]);

  const covered = form.values.status === 'covered';
  const submit = async (v: Values) => {
    if (!coverage) return;
    setError(null);
    const isCovered = v.status === 'covered';
    try {
      await save.mutateAsync({
        id: coverage.id,
        body: {
          status: v.status,
          newsTitle: isCovered ? v.newsTitle.trim() || null : null,
          newsUrl: isCovered ? v.newsUrl.trim() || null : null,
          newsPublishedDate: isCovered ? v.newsPublishedDate || null : null,
        },
      });
      notifications.show({ color: 'teal', message: t('media.coverage.updated') });
      onClose();
    } catch (e) {
      applyFieldErrors(form, e);
      setError(e);
    }
  };

  return (
    <AppModal opened={coverage !== null} onClose={onClose} title={t('media.coverage.update')} size="lg">
      {coverage ? (
        <form onSubmit={form.onSubmit(submit)} noValidate>
          <Stack gap="sm">
            <div>
              <Text fw={600}>{coverage.activity}</Text>
              <Text size="sm" c="dimmed">
                {format.date(coverage.activityDate)} · {unit}
                {coverage.place ? ` · ${coverage.place}` : ''}
              </Text>
            </div>
            <Stack gap={4}>
              <Text size="sm" fw={500} id="coverage-status-label">
                {t('media.coverage.status')}
              </Text>
              <SegmentedControl
                aria-labelledby="coverage-status-label"
                data={COVERAGE_STATUSES.map((s) => ({ value: s, label: t(`media.coverage.statuses.${s}`) }))}
                fullWidth
                {...form.getInputProps('status')}
              />
              {form.errors.status ? (
                <Text size="xs" c="red">
                  {form.errors.status}
                </Text>
              ) : null}
            </Stack>
            {covered ? (
              <>
                <Text size="sm" c="dimmed">
                  {t('media.coverage.newsHint')}
                </Text>
                <TextInput label={t('media.coverage.newsTitle')} maxLength={500} {...form.getInputProps('newsTitle')} />
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput label={t('media.coverage.newsUrl')} type="url" placeholder="https://" {...form.getInputProps('newsUrl')} />
                  <TextInput
                    label={t('media.coverage.newsPublishedDate')}
                    type="date"
                    min={coverage.activityDate}
                    {...form.getInputProps('newsPublishedDate')}
                  />
                </SimpleGrid>
              </>
            ) : null}
            {error ? (
              <Alert color="red" role="alert" data-testid="form-error">
                {errorText(error, t)}
              </Alert>
            ) : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={save.isPending}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </AppModal>
  );
}
