import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import { AppModal } from '../../../components/app-modal';
import { ErrorAlert } from '../../../components/query-state';
import { applyFieldErrors } from '../../../lib/errors';
import { useJournalists } from '../api/contacts';
import { useCreateInterview } from '../api/interviews';
import { CHANNEL_KEYS, MEDIA_TYPE_KEYS } from '../lib/vocabulary';
import { jakartaMoment } from '../../../lib/jakarta-time';

/**
 * A request that came by WhatsApp, e-mail or phone, recorded by staff — with the moment it came in,
 * which the response time is measured from, when it is recorded later.
 */
export function InterviewForm({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useT();
  const create = useCreateInterview();
  const form = useForm({
    initialValues: {
      channel: 'whatsapp',
      outletName: '',
      mediaType: 'online',
      journalistName: '',
      contactEmail: '',
      contactPhone: '',
      topic: '',
      questions: '',
      receivedAt: '',
      wantedAt: '',
      deadline: '',
      preferredSpokesperson: '',
    },
  });
  // The picker offers the journalists whose data may be used; it only fills fields, each still editable.
  const contacts = useJournalists({ q: '', outletId: '', anonymized: false });
  const offered = (contacts.data?.items ?? []).filter((j) => !j.restricted);
  const [picked, setPicked] = useState<string | null>(null);
  const fillFrom = (id: string | null) => {
    setPicked(id);
    const j = offered.find((c) => c.id === id);
    if (!j) return;
    form.setValues({
      journalistName: j.name,
      outletName: j.outletName ?? form.values.outletName,
      mediaType: j.mediaType ?? form.values.mediaType,
      contactEmail: j.email ?? '',
      contactPhone: j.phone ?? '',
    });
  };
  const submit = form.onSubmit(async (v) => {
    try {
      await create.mutateAsync({
        channel: v.channel as 'whatsapp',
        outletName: v.outletName,
        mediaType: v.mediaType as 'online',
        journalistName: v.journalistName,
        contactEmail: v.contactEmail || null,
        contactPhone: v.contactPhone || null,
        topic: v.topic,
        questions: v.questions || null,
        // Left empty, the request was received now; typed, it is when the message came in (WIB).
        receivedAt: jakartaMoment(v.receivedAt) ?? undefined,
        wantedAt: jakartaMoment(v.wantedAt),
        deadline: jakartaMoment(v.deadline),
        preferredSpokesperson: v.preferredSpokesperson || null,
      });
      form.reset();
      setPicked(null);
      onClose();
    } catch (error) {
      applyFieldErrors(form, error);
    }
  });
  return (
    <AppModal opened={opened} onClose={onClose} title={t('media.interviews.add')} size="lg">
      <form onSubmit={submit}>
        <Stack gap="sm">
          {create.isError ? <ErrorAlert error={create.error} /> : null}
          <Select
            label={t('media.interviews.fromContacts')}
            description={t('media.interviews.fromContactsHint')}
            data={offered.map((j) => ({ value: j.id, label: j.outletName ? `${j.name} — ${j.outletName}` : j.name }))}
            searchable
            clearable
            value={picked}
            onChange={fillFrom}
            nothingFoundMessage={t('media.interviews.noContact')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <Select
              label={t('media.interviews.channel')}
              data={CHANNEL_KEYS.map((k) => ({ value: k, label: t(`media.channel.${k}`) }))}
              allowDeselect={false}
              {...form.getInputProps('channel')}
            />
            <Select
              label={t('media.public.mediaType')}
              data={MEDIA_TYPE_KEYS.map((k) => ({ value: k, label: t(`media.mediaType.${k}`) }))}
              allowDeselect={false}
              {...form.getInputProps('mediaType')}
            />
            <TextInput label={t('media.interviews.outlet')} required maxLength={200} {...form.getInputProps('outletName')} />
            <TextInput label={t('media.interviews.journalist')} required maxLength={200} {...form.getInputProps('journalistName')} />
            <TextInput label={t('media.interviews.email')} type="email" {...form.getInputProps('contactEmail')} />
            <TextInput label={t('media.interviews.phone')} {...form.getInputProps('contactPhone')} />
          </SimpleGrid>
          <TextInput label={t('media.interviews.topic')} required maxLength={300} {...form.getInputProps('topic')} />
          <Textarea label={t('media.interviews.questions')} autosize minRows={3} maxLength={5000} {...form.getInputProps('questions')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              label={t('media.interviews.receivedAtInput')}
              description={t('media.interviews.receivedAtHint')}
              type="datetime-local"
              {...form.getInputProps('receivedAt')}
            />
            <TextInput label={t('media.interviews.preferred')} maxLength={200} {...form.getInputProps('preferredSpokesperson')} />
            <TextInput label={t('media.interviews.wantedAt')} type="datetime-local" {...form.getInputProps('wantedAt')} />
            <TextInput label={t('media.interviews.deadline')} type="datetime-local" {...form.getInputProps('deadline')} />
          </SimpleGrid>
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
