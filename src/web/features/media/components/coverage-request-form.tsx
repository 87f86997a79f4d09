import { Alert, Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState } from 'react';
import type { TUnit } from '../../../../shared/org';
import { useT } from '../../../app/i18n';
import { AppModal } from '../../../components/app-modal';
import { applyFieldErrors, errorText } from '../../../lib/errors';
import { unitName } from '../../../lib/units';
import { useRequestCoverage } from '../api/coverage';

interface Values {
  activityDate: string;
  activity: string;
  unitId: string | null;
  location: 'in_city' | 'out_of_city';
  place: string;
  serviceRequestRef: string;
}

/**
 * A unit asks Humas to cover one of its strategic activities. A unit user asks for its own unit
 * (shown, not chosen); Humas staff choose the unit. The date must lie in the year shown, so the
 * request appears in the list the user is looking at; everything else the server checks, and its
 * messages appear under the fields and above the buttons.
 */
export function CoverageRequestForm({
  year,
  units,
  ownUnit,
  opened,
  onClose,
}: {
  year: number;
  units: readonly TUnit[];
  /** The unit user's own unit: the only one it may ask for. `null` for Humas staff. */
  ownUnit: TUnit | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t, lang } = useT();
  const save = useRequestCoverage();
  const [error, setError] = useState<unknown>(null);
  const empty: Values = {
    activityDate: '',
    activity: '',
    unitId: ownUnit?.id ?? null,
    location: 'in_city',
    place: '',
    serviceRequestRef: '',
  };
  const form = useForm<Values>({
    initialValues: empty,
    validate: {
      activityDate: (v) =>
        !v ? t('media.coverage.dateRequired') : v.slice(0, 4) !== String(year) ? t('media.coverage.dateOutsideYear', { year }) : null,
      unitId: (v) => (v ? null : t('common.required')),
    },
  });
  // Empty again each time the dialog opens.
  // biome-ignore lint/correctness/useExhaustiveDependencies: form is stable; opening is the trigger
  useEffect(() => {
    if (opened) {
      form.setValues(empty);
      form.clearErrors();
      setError(null);
    }
  }, [opened]);

  const unitOptions = useMemo(
    () => units.filter((u) => u.active).map((u) => ({ value: u.id, label: `${u.code} — ${unitName(u, lang)}` })),
    [units, lang],
  );

  const submit = async (v: Values) => {
    setError(null);
    try {
      await save.mutateAsync({
        activityDate: v.activityDate,
        activity: v.activity,
        unitId: v.unitId as string, // validated above
        location: v.location,
        place: v.place.trim() || null,
        serviceRequestRef: v.serviceRequestRef.trim() || null,
      });
      notifications.show({ color: 'teal', message: t('media.coverage.requested') });
      onClose();
    } catch (e) {
      applyFieldErrors(form, e);
      setError(e);
    }
  };

  return (
    <AppModal opened={opened} onClose={onClose} title={t('media.coverage.requestTitle', { year })} size="lg">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          <TextInput label={t('media.coverage.activity')} withAsterisk data-autofocus maxLength={500} {...form.getInputProps('activity')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('media.coverage.activityDate')}
              type="date"
              withAsterisk
              min={`${year}-01-01`}
              max={`${year}-12-31`}
              {...form.getInputProps('activityDate')}
            />
            <Select
              label={t('media.coverage.location')}
              data={(['in_city', 'out_of_city'] as const).map((k) => ({ value: k, label: t(`media.coverage.locations.${k}`) }))}
              allowDeselect={false}
              {...form.getInputProps('location')}
            />
          </SimpleGrid>
          {ownUnit ? (
            <TextInput label={t('media.coverage.unit')} value={unitName(ownUnit, lang)} readOnly variant="filled" />
          ) : (
            <Select
              label={t('media.coverage.unit')}
              withAsterisk
              searchable
              data={unitOptions}
              nothingFoundMessage={t('common.empty')}
              {...form.getInputProps('unitId')}
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('media.coverage.place')} maxLength={200} {...form.getInputProps('place')} />
            <TextInput label={t('media.coverage.serviceRequestRef')} maxLength={100} {...form.getInputProps('serviceRequestRef')} />
          </SimpleGrid>
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
              {t('media.coverage.request')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
