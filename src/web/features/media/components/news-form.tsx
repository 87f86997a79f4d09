import { Button, Group, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { TCommodity, TNewsItem } from '../../../../shared/media';
import { useT } from '../../../app/i18n';
import { AppModal } from '../../../components/app-modal';
import { ErrorAlert } from '../../../components/query-state';
import { applyFieldErrors } from '../../../lib/errors';
import { useCreateNews, useUpdateNews } from '../api/news';
import { COMMODITY_KEYS, MEDIA_TYPE_KEYS, TONE_KEYS } from '../lib/vocabulary';
import { jakartaInputValue, jakartaMoment } from '../../../lib/jakarta-time';

/** `a; b;; c ` → `['a', 'b', 'c']`: tags are typed in one field, separated by semicolons. */
function tags(text: string): string[] {
  return text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

function initialValues(item: TNewsItem | null) {
  return {
    publishedAt: jakartaInputValue(item?.publishedAt),
    title: item?.title ?? '',
    outletName: item?.outletName ?? '',
    mediaType: item?.mediaType ?? 'online',
    url: item?.url ?? '',
    summary: item?.summary ?? '',
    journalist: item?.journalist ?? '',
    tone: '',
    issues: item?.issues.join('; ') ?? '',
    commodities: (item?.commodities ?? []) as string[],
    spokespersons: item?.spokespersons.join('; ') ?? '',
    region: item?.region ?? '',
  };
}

/**
 * A news item recorded by hand (the same checks and duplicate grouping as an import), or an
 * item's fields corrected (`item`). The tone is not corrected here: it has its own control on
 * the item's page, which records who set it and whether the suggestion was taken.
 */
export function NewsForm({ opened, onClose, item = null }: { opened: boolean; onClose: () => void; item?: TNewsItem | null }) {
  const { t } = useT();
  const create = useCreateNews();
  const update = useUpdateNews();
  const mutation = item ? update : create;
  const form = useForm({ initialValues: initialValues(item) });
  const submit = form.onSubmit(async (v) => {
    const fields = {
      publishedAt: jakartaMoment(v.publishedAt) ?? '',
      title: v.title,
      outletName: v.outletName,
      mediaType: v.mediaType as 'online',
      url: v.url || null,
      summary: v.summary || null,
      journalist: v.journalist || null,
      issues: tags(v.issues),
      commodities: v.commodities as TCommodity[],
      spokespersons: tags(v.spokespersons),
      region: v.region || null,
    };
    try {
      if (item) {
        await update.mutateAsync({ id: item.id, body: fields });
        notifications.show({ color: 'teal', message: t('media.news.corrected') });
      } else {
        const result = await create.mutateAsync({ ...fields, tone: (v.tone || null) as 'positive' | null });
        notifications.show({ color: 'teal', message: result.duplicateOf ? t('media.news.savedDuplicate') : t('media.news.saved') });
        form.reset();
      }
      onClose();
    } catch (error) {
      applyFieldErrors(form, error);
    }
  });
  return (
    <AppModal opened={opened} onClose={onClose} title={t(item ? 'media.news.editTitle' : 'media.news.addTitle')} size="lg">
      <form onSubmit={submit}>
        <Stack gap="sm">
          {mutation.isError ? <ErrorAlert error={mutation.error} /> : null}
          <TextInput label={t('media.news.publishedAt')} type="datetime-local" required {...form.getInputProps('publishedAt')} />
          <TextInput label={t('media.news.headline')} required maxLength={500} {...form.getInputProps('title')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput label={t('media.news.outlet')} required maxLength={200} {...form.getInputProps('outletName')} />
            <Select
              label={t('media.news.mediaType')}
              data={MEDIA_TYPE_KEYS.map((k) => ({ value: k, label: t(`media.mediaType.${k}`) }))}
              allowDeselect={false}
              {...form.getInputProps('mediaType')}
            />
          </SimpleGrid>
          <TextInput label={t('media.news.url')} type="url" {...form.getInputProps('url')} />
          <Textarea label={t('media.news.summary')} autosize minRows={2} maxLength={5000} {...form.getInputProps('summary')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput label={t('media.news.journalist')} maxLength={200} {...form.getInputProps('journalist')} />
            {item ? (
              <TextInput label={t('media.news.region')} maxLength={120} {...form.getInputProps('region')} />
            ) : (
              <Select
                label={t('media.news.tone')}
                clearable
                data={TONE_KEYS.map((k) => ({ value: k, label: t(`media.tone.${k}`) }))}
                {...form.getInputProps('tone')}
              />
            )}
          </SimpleGrid>
          <TextInput label={t('media.news.issues')} {...form.getInputProps('issues')} />
          <MultiSelect
            label={t('media.news.commodities')}
            data={COMMODITY_KEYS.map((k) => ({ value: k, label: t(`media.commodity.${k}`) }))}
            clearable
            {...form.getInputProps('commodities')}
          />
          <SimpleGrid cols={{ base: 1, xs: item ? 1 : 2 }}>
            <TextInput label={t('media.news.spokespersons')} {...form.getInputProps('spokespersons')} />
            {item ? null : <TextInput label={t('media.news.region')} maxLength={120} {...form.getInputProps('region')} />}
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
