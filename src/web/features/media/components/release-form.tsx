import { Button, Group, MultiSelect, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import type { TRelease } from '../../../../shared/media';
import { useT } from '../../../app/i18n';
import { AppModal } from '../../../components/app-modal';
import { ErrorAlert } from '../../../components/query-state';
import { applyFieldErrors } from '../../../lib/errors';
import { useSaveRelease } from '../api/releases';
import { COMMODITY_KEYS, RELEASE_CHANNEL_KEYS } from '../lib/vocabulary';

const EMPTY = {
  kind: 'press_release',
  number: '',
  date: '',
  title: '',
  commodities: [] as string[],
  channels: [] as string[],
  link: '',
  body: '',
};

/** A press release or clarification, new (`release` null) or corrected. */
export function ReleaseForm({ release, opened, onClose }: { release: TRelease | null; opened: boolean; onClose: () => void }) {
  const { t } = useT();
  const save = useSaveRelease();
  const form = useForm({ initialValues: EMPTY });
  // Filled again each time the dialog opens, with the release chosen (or empty for a new one).
  // biome-ignore lint/correctness/useExhaustiveDependencies: form is stable; opening is the trigger
  useEffect(() => {
    form.setValues(release ? { ...release, link: release.link ?? '', body: release.body ?? '' } : EMPTY);
  }, [release, opened]);
  const submit = form.onSubmit(async (v) => {
    try {
      await save.mutateAsync({
        id: release?.id ?? null,
        body: {
          kind: v.kind as 'press_release',
          number: v.number,
          date: v.date,
          title: v.title,
          commodities: v.commodities as 'obat'[],
          issues: release?.issues ?? [],
          channels: v.channels as 'website'[],
          link: v.link || null,
          body: v.body || null,
        },
      });
      onClose();
    } catch (error) {
      applyFieldErrors(form, error);
    }
  });
  return (
    <AppModal opened={opened} onClose={onClose} title={release ? t('media.releases.edit') : t('media.releases.add')} size="lg">
      <form onSubmit={submit}>
        <Stack gap="sm">
          {save.isError ? <ErrorAlert error={save.error} /> : null}
          <Group grow>
            <Select
              label={t('media.releases.kind')}
              data={(['press_release', 'clarification'] as const).map((k) => ({ value: k, label: t(`media.releaseKind.${k}`) }))}
              allowDeselect={false}
              {...form.getInputProps('kind')}
            />
            <TextInput label={t('media.releases.number')} required maxLength={60} {...form.getInputProps('number')} />
            <TextInput label={t('media.releases.date')} type="date" required {...form.getInputProps('date')} />
          </Group>
          <TextInput label={t('media.releases.headline')} required maxLength={500} {...form.getInputProps('title')} />
          <MultiSelect
            label={t('media.releases.commodities')}
            data={COMMODITY_KEYS.map((k) => ({ value: k, label: t(`media.commodity.${k}`) }))}
            {...form.getInputProps('commodities')}
          />
          <MultiSelect
            label={t('media.releases.channels')}
            data={RELEASE_CHANNEL_KEYS.map((k) => ({ value: k, label: t(`media.releaseChannel.${k}`) }))}
            {...form.getInputProps('channels')}
          />
          <TextInput label={t('media.releases.link')} type="url" {...form.getInputProps('link')} />
          <Textarea label={t('media.releases.body')} autosize minRows={4} {...form.getInputProps('body')} />
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
    </AppModal>
  );
}
