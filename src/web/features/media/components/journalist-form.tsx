import { Button, Divider, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { todayIn } from '../../../../shared/format';
import type { UiLang } from '../../../../shared/i18n/ui';
import type { TJournalist, TJournalistRequest, TMediaType } from '../../../../shared/media';
import { useT } from '../../../app/i18n';
import { AppModal } from '../../../components/app-modal';
import { ErrorAlert } from '../../../components/query-state';
import { ApiError } from '../../../lib/api';
import { useOutlets, useSaveJournalist } from '../api/contacts';
import { usePublicFormInfo } from '../api/interviews';
import { MEDIA_TYPE_KEYS } from '../lib/vocabulary';
import { jakartaInputValue, jakartaMoment } from '../../../lib/jakarta-time';

/** The legal bases the API knows (src/shared/media/records.ts, LEGAL_BASES), as plain constants for the chunk. */
export const LEGAL_BASIS_KEYS = ['consent', 'legitimate_interest', 'public_task'] as const;
type TLegalBasis = (typeof LEGAL_BASIS_KEYS)[number];

/** Two years from today: how long a contact is kept unless someone sets otherwise. */
function defaultRetention(): string {
  const today = todayIn();
  const date = `${Number(today.slice(0, 4)) + 2}${today.slice(4)}`;
  return date.endsWith('-02-29') ? date.replace(/29$/, '28') : date;
}

/**
 * Some server messages carry both languages as "Indonesian / English" (the consent check, an
 * unknown outlet): the half in the interface's language goes under the field.
 */
function localText(text: string, lang: UiLang): string {
  const parts = text.split(' / ');
  return parts.length === 2 ? (lang === 'en' ? parts[1]! : parts[0]!).trim() : text;
}

function emptyValues(purpose: string, notice: string) {
  return {
    name: '',
    outletId: '',
    beat: '',
    mediaType: '',
    region: '',
    email: '',
    phone: '',
    legalBasis: 'consent',
    purpose,
    consentAt: '',
    consentNoticeVersion: notice,
    retentionUntil: defaultRetention(),
  };
}

/** A journalist's record with the basis, consent and retention of their data; new (`journalist` null) or corrected. */
export function JournalistForm({ journalist, opened, onClose }: { journalist: TJournalist | null; opened: boolean; onClose: () => void }) {
  const { t, lang } = useT();
  const save = useSaveJournalist();
  const outlets = useOutlets();
  const notice = usePublicFormInfo().data?.noticeVersion ?? '';
  const form = useForm({ initialValues: emptyValues('', '') });
  // Filled again each time the dialog opens, with the journalist chosen (or defaults for a new one).
  // biome-ignore lint/correctness/useExhaustiveDependencies: form is stable; opening is the trigger
  useEffect(() => {
    if (!opened) return;
    const j = journalist;
    form.setValues(
      j
        ? {
            name: j.name,
            outletId: j.outletId ?? '',
            beat: j.beat ?? '',
            mediaType: j.mediaType ?? '',
            region: j.region ?? '',
            email: j.email ?? '',
            phone: j.phone ?? '',
            legalBasis: j.legalBasis,
            purpose: j.purpose,
            consentAt: jakartaInputValue(j.consentAt),
            consentNoticeVersion: j.consentNoticeVersion ?? '',
            retentionUntil: j.retentionUntil,
          }
        : emptyValues(t('media.contacts.journalists.purposeDefault'), notice),
    );
    form.clearErrors();
    save.reset();
  }, [journalist, opened, notice]);

  const outletOptions = (outlets.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }));
  const chooseOutlet = (id: string | null) => {
    form.setFieldValue('outletId', id ?? '');
    // The journalist usually works in the outlet's medium and region: filled in when still empty.
    const outlet = outlets.data?.items.find((o) => o.id === id);
    if (outlet && !form.values.mediaType) form.setFieldValue('mediaType', outlet.mediaType);
    if (outlet?.region && !form.values.region) form.setFieldValue('region', outlet.region);
  };

  const submit = form.onSubmit(async (v) => {
    const body: TJournalistRequest = {
      name: v.name,
      outletId: v.outletId || null,
      beat: v.beat.trim() || null,
      mediaType: (v.mediaType || null) as TMediaType | null,
      region: v.region.trim() || null,
      email: v.email.trim() || null,
      phone: v.phone.trim() || null,
      legalBasis: v.legalBasis as TLegalBasis,
      purpose: v.purpose,
      consentAt: jakartaMoment(v.consentAt),
      consentNoticeVersion: v.consentNoticeVersion.trim() || null,
      retentionUntil: v.retentionUntil,
    };
    try {
      const saved = await save.mutateAsync({ id: journalist?.id ?? null, body });
      notifications.show({ color: 'teal', message: t('media.contacts.journalists.saved', { name: saved.name }) });
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0) {
        const errors: Record<string, string> = {};
        for (const f of error.fields) errors[f.path] = localText(error.code === 'VALIDATION' ? f.message : error.message, lang);
        form.setErrors(errors);
      }
    }
  });

  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={journalist ? t('media.contacts.journalists.edit') : t('media.contacts.journalists.add')}
      size="xl"
    >
      {/* noValidate: the server's checks (and their sentences in the user's language) are the ones shown. */}
      <form onSubmit={submit} noValidate data-testid="journalist-form">
        <Stack gap="sm">
          {save.isError ? <ErrorAlert error={save.error} /> : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('media.contacts.journalists.name')} required maxLength={200} {...form.getInputProps('name')} />
            <Select
              label={t('media.contacts.journalists.outlet')}
              placeholder={t('media.contacts.journalists.noOutlet')}
              data={outletOptions}
              searchable
              clearable
              nothingFoundMessage={t('media.contacts.outlets.empty')}
              {...form.getInputProps('outletId')}
              value={form.values.outletId || null}
              onChange={chooseOutlet}
            />
            <TextInput label={t('media.contacts.journalists.beat')} maxLength={120} {...form.getInputProps('beat')} />
            <Select
              label={t('media.contacts.journalists.mediaType')}
              data={MEDIA_TYPE_KEYS.map((k) => ({ value: k, label: t(`media.mediaType.${k}`) }))}
              clearable
              {...form.getInputProps('mediaType')}
              value={form.values.mediaType || null}
              onChange={(v) => form.setFieldValue('mediaType', v ?? '')}
            />
            <TextInput
              label={t('media.contacts.journalists.email')}
              type="email"
              maxLength={254}
              autoComplete="off"
              {...form.getInputProps('email')}
            />
            <TextInput
              label={t('media.contacts.journalists.phone')}
              type="tel"
              maxLength={30}
              autoComplete="off"
              {...form.getInputProps('phone')}
            />
            <TextInput label={t('media.contacts.journalists.region')} maxLength={120} {...form.getInputProps('region')} />
          </SimpleGrid>
          <Divider label={t('media.contacts.journalists.personalDataSection')} labelPosition="left" mt="xs" />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('media.contacts.journalists.legalBasis')}
              data={LEGAL_BASIS_KEYS.map((k) => ({ value: k, label: t(`media.contacts.legalBasis.${k}`) }))}
              allowDeselect={false}
              required
              {...form.getInputProps('legalBasis')}
            />
            <TextInput
              label={t('media.contacts.journalists.retentionUntil')}
              description={t('media.contacts.journalists.retentionHint')}
              type="date"
              required
              {...form.getInputProps('retentionUntil')}
            />
          </SimpleGrid>
          <Textarea
            label={t('media.contacts.journalists.purpose')}
            required
            autosize
            minRows={2}
            maxLength={500}
            {...form.getInputProps('purpose')}
          />
          {form.values.legalBasis === 'consent' ? (
            <Text size="xs" c="dimmed">
              {t('media.contacts.journalists.consentHint')}
            </Text>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('media.contacts.journalists.consentAt')}
              type="datetime-local"
              required={form.values.legalBasis === 'consent'}
              {...form.getInputProps('consentAt')}
            />
            <TextInput
              label={t('media.contacts.journalists.consentNoticeVersion')}
              required={form.values.legalBasis === 'consent'}
              maxLength={40}
              {...form.getInputProps('consentNoticeVersion')}
            />
          </SimpleGrid>
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
