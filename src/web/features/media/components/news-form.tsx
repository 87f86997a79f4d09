import { Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useT } from '../../../app/i18n';
import { AppModal } from '../../../components/app-modal';
import { ErrorAlert } from '../../../components/query-state';
import { applyFieldErrors } from '../../../lib/errors';
import { useCreateNews } from '../api/news';
import { MEDIA_TYPE_KEYS, TONE_KEYS } from '../lib/vocabulary';

/** A news item recorded by hand: the same checks and duplicate grouping as an import. */
export function NewsForm({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useT();
  const create = useCreateNews();
  const form = useForm({
    initialValues: {
      publishedAt: '',
      title: '',
      outletName: '',
      mediaType: 'online',
      url: '',
      summary: '',
      journalist: '',
      tone: '',
      issues: '',
    },
  });
  const submit = form.onSubmit(async (v) => {
    try {
      const result = await create.mutateAsync({
        publishedAt: v.publishedAt ? `${v.publishedAt}:00+07:00` : '',
        title: v.title,
        outletName: v.outletName,
        mediaType: v.mediaType as 'online',
        url: v.url || null,
        summary: v.summary || null,
        journalist: v.journalist || null,
        tone: (v.tone || null) as 'positive' | null,
        issues: v.issues
          .split(';')
          .map((s) => s.trim())
          .filter(Boolean),
        commodities: [],
        spokespersons: [],
      });
      notifications.show({ color: 'teal', message: result.duplicateOf ? t('media.news.savedDuplicate') : t('media.news.saved') });
      form.reset();
      onClose();
    } catch (error) {
      applyFieldErrors(form, error);
    }
  });
  return (
    <AppModal opened={opened} onClose={onClose} title={t('media.news.addTitle')} size="lg">
      <form onSubmit={submit}>
        <Stack gap="sm">
          {create.isError ? <ErrorAlert error={create.error} /> : null}
          <TextInput label={t('media.news.publishedAt')} type="datetime-local" required {...form.getInputProps('publishedAt')} />
          <TextInput label={t('media.news.headline')} required maxLength={500} {...form.getInputProps('title')} />
          <Group grow>
            <TextInput label={t('media.news.outlet')} required maxLength={200} {...form.getInputProps('outletName')} />
            <Select
              label={t('media.news.mediaType')}
              data={MEDIA_TYPE_KEYS.map((k) => ({ value: k, label: t(`media.mediaType.${k}`) }))}
              allowDeselect={false}
              {...form.getInputProps('mediaType')}
            />
          </Group>
          <TextInput label={t('media.news.url')} type="url" {...form.getInputProps('url')} />
          <Textarea label={t('media.news.summary')} autosize minRows={2} maxLength={5000} {...form.getInputProps('summary')} />
          <Group grow>
            <TextInput label={t('media.news.journalist')} {...form.getInputProps('journalist')} />
            <Select
              label={t('media.news.tone')}
              clearable
              data={TONE_KEYS.map((k) => ({ value: k, label: t(`media.tone.${k}`) }))}
              {...form.getInputProps('tone')}
            />
          </Group>
          <TextInput label={t('media.news.issues')} {...form.getInputProps('issues')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
