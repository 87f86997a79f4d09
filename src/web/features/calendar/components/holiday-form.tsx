import { Alert, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { THoliday } from '../../../../shared/org';
import { AppModal } from '../../../components/app-modal';
import { useT } from '../../../app/i18n';
import { DATE_FIELD_FORMAT } from '../../../lib/dates';
import { applyFieldErrors, errorText } from '../../../lib/errors';
import { useCreateHoliday } from '../api/calendar';

interface Values {
  date: string | null;
  name: string;
  kind: THoliday['kind'];
}

/** Adds a national holiday or a day of cuti bersama to `year`. */
export function HolidayForm({ year, onClose }: { year: number; onClose: () => void }) {
  const { t } = useT();
  const create = useCreateHoliday(year);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<Values>({ initialValues: { date: null, name: '', kind: 'national' } });

  const submit = async (values: Values) => {
    setError(null);
    try {
      const saved = await create.mutateAsync({ date: values.date ?? '', name: values.name.trim(), kind: values.kind });
      notifications.show({ color: 'teal', message: t('calendar.added', { name: saved.name }) });
      onClose();
    } catch (e) {
      applyFieldErrors(form, e);
      setError(e);
    }
  };

  return (
    <AppModal opened onClose={onClose} title={t('calendar.addTitle')}>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <DatePickerInput
            label={t('calendar.date')}
            withAsterisk
            valueFormat={DATE_FIELD_FORMAT}
            defaultDate={`${year}-01-01`}
            minDate={`${year}-01-01`}
            maxDate={`${year}-12-31`}
            {...form.getInputProps('date')}
          />
          <TextInput label={t('calendar.name')} withAsterisk {...form.getInputProps('name')} />
          <Select
            label={t('calendar.kind')}
            allowDeselect={false}
            data={[
              { value: 'national', label: t('calendar.kinds.national') },
              { value: 'cuti_bersama', label: t('calendar.kinds.cuti_bersama') },
            ]}
            {...form.getInputProps('kind')}
          />
          {error ? (
            <Alert color="red" role="alert" data-testid="form-error">
              {errorText(error, t)}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
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
