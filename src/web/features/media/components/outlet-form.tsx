import { Button, Checkbox, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import type { TMediaType, TOutlet } from '../../../../shared/media';
import { useT } from '../../../app/i18n';
import { AppModal } from '../../../components/app-modal';
import { ErrorAlert } from '../../../components/query-state';
import { applyFieldErrors } from '../../../lib/errors';
import { useSaveOutlet } from '../api/contacts';
import { MEDIA_TYPE_KEYS } from '../lib/vocabulary';

const EMPTY = { name: '', mediaType: 'online', region: '', website: '', active: true };

/** A news outlet, new (`outlet` null) or corrected. The server checks every field; its errors show beside them. */
export function OutletForm({ outlet, opened, onClose }: { outlet: TOutlet | null; opened: boolean; onClose: () => void }) {
  const { t } = useT();
  const save = useSaveOutlet();
  const form = useForm({ initialValues: EMPTY });
  // Filled again each time the dialog opens, with the outlet chosen (or empty for a new one).
  // biome-ignore lint/correctness/useExhaustiveDependencies: form is stable; opening is the trigger
  useEffect(() => {
    form.setValues(outlet ? { ...outlet, region: outlet.region ?? '', website: outlet.website ?? '' } : EMPTY);
    form.clearErrors();
    save.reset();
  }, [outlet, opened]);
  const submit = form.onSubmit(async (v) => {
    try {
      const saved = await save.mutateAsync({
        id: outlet?.id ?? null,
        body: {
          name: v.name,
          mediaType: v.mediaType as TMediaType,
          region: v.region.trim() || null,
          website: v.website.trim() || null,
          active: v.active,
        },
      });
      notifications.show({ color: 'teal', message: t('media.contacts.outlets.saved', { name: saved.name }) });
      onClose();
    } catch (error) {
      applyFieldErrors(form, error);
    }
  });
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={outlet ? t('media.contacts.outlets.edit') : t('media.contacts.outlets.add')}
      size="lg"
    >
      {/* noValidate: the server's checks (and their sentences in the user's language) are the ones shown. */}
      <form onSubmit={submit} noValidate data-testid="outlet-form">
        <Stack gap="sm">
          {save.isError ? <ErrorAlert error={save.error} /> : null}
          <TextInput label={t('media.contacts.outlets.name')} required maxLength={200} {...form.getInputProps('name')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('media.contacts.outlets.mediaType')}
              data={MEDIA_TYPE_KEYS.map((k) => ({ value: k, label: t(`media.mediaType.${k}`) }))}
              allowDeselect={false}
              required
              {...form.getInputProps('mediaType')}
            />
            <TextInput label={t('media.contacts.outlets.region')} maxLength={120} {...form.getInputProps('region')} />
          </SimpleGrid>
          <TextInput
            label={t('media.contacts.outlets.website')}
            type="url"
            placeholder="https://"
            maxLength={2000}
            {...form.getInputProps('website')}
          />
          <Checkbox label={t('media.contacts.outlets.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
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
