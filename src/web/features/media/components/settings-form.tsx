import { Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, TagsInput, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import type { TMediaSettings } from '../../../../shared/media';
import { useT } from '../../../app/i18n';
import { ErrorAlert } from '../../../components/query-state';
import { unitName, useUnits } from '../../../lib/units';
import { useSaveMediaSettings } from '../api/settings';
import { applyListFieldErrors } from './settings-field-errors';

/** "08:00, 15:00" → ['08:00', '15:00']; the server checks each one. */
function splitTimes(text: string): string[] {
  return text
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function toForm(s: TMediaSettings) {
  return {
    digestWorkingTimes: s.digestWorkingTimes.join(', '),
    digestNonWorkingTimes: s.digestNonWorkingTimes.join(', '),
    feedKeywords: s.feedKeywords,
    publicFormMaxPerHour: s.publicFormMaxPerHour as number | string,
    privacyNoticeVersion: s.privacyNoticeVersion,
    humasUnitId: s.humasUnitId,
  };
}

/**
 * The media settings, edited as one whole (the API replaces them at once). A refused value is named
 * beside its field with the API's sentence, and nothing is saved.
 */
export function SettingsForm({ settings, readOnly }: { settings: TMediaSettings; readOnly: boolean }) {
  const { t, lang } = useT();
  const save = useSaveMediaSettings();
  const units = useUnits();
  const form = useForm({ initialValues: toForm(settings) });
  // Saved (here or elsewhere): the form shows what the server holds.
  // biome-ignore lint/correctness/useExhaustiveDependencies: form is stable; new settings are the trigger
  useEffect(() => {
    form.setValues(toForm(settings));
    form.resetDirty();
  }, [settings]);
  const submit = form.onSubmit(async (v) => {
    const body: TMediaSettings = {
      digestWorkingTimes: splitTimes(v.digestWorkingTimes),
      digestNonWorkingTimes: splitTimes(v.digestNonWorkingTimes),
      feedKeywords: v.feedKeywords,
      publicFormMaxPerHour: Number(v.publicFormMaxPerHour) || 0,
      privacyNoticeVersion: v.privacyNoticeVersion,
      humasUnitId: v.humasUnitId || null,
    };
    try {
      await save.mutateAsync(body);
      notifications.show({ color: 'teal', message: t('media.feeds.settings.saved') });
    } catch (error) {
      applyListFieldErrors(form, error, t, {
        listOf: (field) =>
          field === 'digestWorkingTimes' || field === 'digestNonWorkingTimes'
            ? splitTimes(v[field])
            : field === 'feedKeywords'
              ? v.feedKeywords
              : undefined,
      });
    }
  });
  const groups = (units.data ?? []).filter((u) => u.active);

  return (
    <form onSubmit={submit} noValidate data-testid="settings-form">
      <Stack gap="md">
        {save.isError ? <ErrorAlert error={save.error} /> : null}
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Card withBorder>
            <Stack gap="sm">
              <Title order={2} size="h4">
                {t('media.feeds.settings.schedule')}
              </Title>
              <TextInput
                label={t('media.feeds.settings.workingTimes')}
                description={t('media.feeds.settings.workingTimesHint')}
                readOnly={readOnly}
                {...form.getInputProps('digestWorkingTimes')}
              />
              <TextInput
                label={t('media.feeds.settings.nonWorkingTimes')}
                description={t('media.feeds.settings.nonWorkingTimesHint')}
                readOnly={readOnly}
                {...form.getInputProps('digestNonWorkingTimes')}
              />
            </Stack>
          </Card>
          <Card withBorder>
            <Stack gap="sm">
              <Title order={2} size="h4">
                {t('media.feeds.settings.monitoring')}
              </Title>
              <TagsInput
                label={t('media.feeds.settings.feedKeywords')}
                description={t('media.feeds.settings.feedKeywordsHint')}
                readOnly={readOnly}
                maxTags={30}
                {...form.getInputProps('feedKeywords')}
              />
            </Stack>
          </Card>
        </SimpleGrid>
        <Card withBorder>
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('media.feeds.settings.publicForm')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              <NumberInput
                label={t('media.feeds.settings.maxPerHour')}
                description={t('media.feeds.settings.maxPerHourHint')}
                min={1}
                max={1000}
                allowDecimal={false}
                readOnly={readOnly}
                {...form.getInputProps('publicFormMaxPerHour')}
              />
              <TextInput
                label={t('media.feeds.settings.noticeVersion')}
                description={t('media.feeds.settings.noticeVersionHint')}
                maxLength={40}
                readOnly={readOnly}
                {...form.getInputProps('privacyNoticeVersion')}
              />
              <Select
                label={t('media.feeds.settings.humasUnit')}
                description={t('media.feeds.settings.humasUnitHint')}
                placeholder={t('media.feeds.settings.humasUnitNone')}
                data={groups.map((u) => ({ value: u.id, label: `${u.code} — ${unitName(u, lang)}` }))}
                searchable
                clearable
                readOnly={readOnly}
                {...form.getInputProps('humasUnitId')}
              />
            </SimpleGrid>
          </Stack>
        </Card>
        {readOnly ? null : (
          <Group justify="flex-end">
            <Button variant="default" disabled={!form.isDirty()} onClick={() => form.setValues(toForm(settings))}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
