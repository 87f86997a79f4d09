import { Button, Group, NumberInput, Stack, Switch, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import type { TFeed } from '../../../../shared/media';
import { useT } from '../../../app/i18n';
import { AppModal } from '../../../components/app-modal';
import { ErrorAlert } from '../../../components/query-state';
import { useSaveFeed } from '../api/feeds';
import { applyListFieldErrors } from './settings-field-errors';

const EMPTY = { name: '', url: '', outletName: '', keywords: [] as string[], intervalMinutes: 30 as number | string, active: true };

/** A feed, new (`feed` null) or changed: its address, keywords (the defaults when none), interval, on/off. */
export function FeedForm({
  feed,
  opened,
  onClose,
  defaultKeywords,
}: {
  feed: TFeed | null;
  opened: boolean;
  onClose: () => void;
  defaultKeywords: string[];
}) {
  const { t } = useT();
  const save = useSaveFeed();
  const form = useForm({ initialValues: EMPTY });
  // Filled again each time the dialog opens, with the feed chosen (or empty for a new one).
  // biome-ignore lint/correctness/useExhaustiveDependencies: form is stable; opening is the trigger
  useEffect(() => {
    form.setValues(
      feed
        ? {
            name: feed.name,
            url: feed.url,
            outletName: feed.outletName ?? '',
            keywords: feed.keywords,
            intervalMinutes: feed.intervalMinutes,
            active: feed.active,
          }
        : EMPTY,
    );
    form.clearErrors();
    save.reset();
  }, [feed, opened]);
  const submit = form.onSubmit(async (v) => {
    try {
      const saved = await save.mutateAsync({
        id: feed?.id ?? null,
        body: {
          name: v.name,
          url: v.url,
          outletName: v.outletName.trim() || null,
          keywords: v.keywords,
          // An empty box goes as 0, so the server says what the range is.
          intervalMinutes: Number(v.intervalMinutes) || 0,
          active: v.active,
        },
      });
      notifications.show({ color: 'teal', message: t('media.feeds.form.saved', { name: saved.name }) });
      onClose();
    } catch (error) {
      applyListFieldErrors(form, error, t, { listOf: (f) => (f === 'keywords' ? form.getValues().keywords : undefined) });
    }
  });
  return (
    <AppModal opened={opened} onClose={onClose} title={feed ? t('media.feeds.form.editTitle') : t('media.feeds.form.addTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {save.isError ? <ErrorAlert error={save.error} /> : null}
          <TextInput label={t('media.feeds.form.name')} required maxLength={120} {...form.getInputProps('name')} />
          <TextInput
            label={t('media.feeds.form.url')}
            description={t('media.feeds.form.urlHint')}
            required
            type="url"
            {...form.getInputProps('url')}
          />
          <TextInput
            label={t('media.feeds.form.outlet')}
            description={t('media.feeds.form.outletHint')}
            maxLength={200}
            {...form.getInputProps('outletName')}
          />
          <TagsInput
            label={t('media.feeds.form.keywords')}
            description={t('media.feeds.form.keywordsHint', { keywords: defaultKeywords.join(', ') })}
            maxTags={30}
            clearable
            {...form.getInputProps('keywords')}
          />
          <NumberInput
            label={t('media.feeds.form.interval')}
            description={t('media.feeds.form.intervalHint')}
            min={5}
            max={1440}
            allowDecimal={false}
            w={{ base: '100%', sm: 260 }}
            {...form.getInputProps('intervalMinutes')}
          />
          <Switch
            label={t('media.feeds.form.active')}
            description={t('media.feeds.form.activeHint')}
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
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
