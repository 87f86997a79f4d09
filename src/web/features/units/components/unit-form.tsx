import { Alert, Button, Group, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import type { TUnit } from '../../../../shared/org';
import type { TUnitKind } from '../../../../shared/roles';
import { UNIT_KIND_OPTIONS } from '../../../lib/roles';
import { AppModal } from '../../../components/app-modal';
import { useT } from '../../../app/i18n';
import { applyFieldErrors, errorText } from '../../../lib/errors';
import { unitName } from '../../../lib/units';
import { useCreateUnit, useUpdateUnit } from '../api/units';

interface Values {
  code: string;
  name: string;
  nameEn: string;
  kind: TUnitKind | null;
  parentId: string | null;
  proposing: boolean;
  active: boolean;
}

/** The unit itself and everything below it: none of them can become its parent. */
function selfAndDescendants(units: readonly TUnit[], id: string): Set<string> {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of units) {
      if (unit.parentId && out.has(unit.parentId) && !out.has(unit.id)) {
        out.add(unit.id);
        grew = true;
      }
    }
  }
  return out;
}

/**
 * Creates a unit, or edits `unit`. The server validates; its per-field messages appear under
 * the fields and its sentence above the buttons.
 */
export function UnitForm({ units, unit, onClose }: { units: readonly TUnit[]; unit: TUnit | null; onClose: () => void }) {
  const { t, lang } = useT();
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<Values>({
    initialValues: {
      code: unit?.code ?? '',
      name: unit?.name ?? '',
      nameEn: unit?.nameEn ?? '',
      kind: unit?.kind ?? null,
      parentId: unit?.parentId ?? null,
      proposing: unit?.proposing ?? false,
      active: unit?.active ?? true,
    },
    // The server checks everything; the one check here spares a message listing internal values.
    validate: { kind: (value) => (value ? null : t('common.required')) },
  });

  const parents = useMemo(() => {
    const excluded = unit ? selfAndDescendants(units, unit.id) : new Set<string>();
    return units.filter((u) => !excluded.has(u.id)).map((u) => ({ value: u.id, label: `${u.code} — ${unitName(u, lang)}` }));
  }, [units, unit, lang]);

  const submit = async (values: Values) => {
    setError(null);
    const body = {
      code: values.code.trim(),
      name: values.name.trim(),
      nameEn: values.nameEn.trim() || null,
      kind: values.kind as TUnitKind, // validated above
      parentId: values.parentId,
      proposing: values.proposing,
    };
    try {
      if (unit) {
        const saved = await update.mutateAsync({ id: unit.id, body: { ...body, active: values.active } });
        notifications.show({ color: 'teal', message: t('units.updated', { code: saved.code }) });
      } else {
        const saved = await create.mutateAsync(body);
        notifications.show({ color: 'teal', message: t('units.created', { code: saved.code }) });
      }
      onClose();
    } catch (e) {
      applyFieldErrors(form, e);
      setError(e);
    }
  };

  const busy = create.isPending || update.isPending;
  return (
    <AppModal opened onClose={onClose} title={unit ? t('units.editTitle', { code: unit.code }) : t('units.createTitle')} size="lg">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <TextInput label={t('units.code')} withAsterisk data-autofocus {...form.getInputProps('code')} />
          <TextInput label={t('units.name')} withAsterisk {...form.getInputProps('name')} />
          <TextInput label={t('units.nameEn')} {...form.getInputProps('nameEn')} />
          <Select
            label={t('units.kind')}
            withAsterisk
            data={UNIT_KIND_OPTIONS.map((kind) => ({ value: kind, label: t(`unitKinds.${kind}`) }))}
            {...form.getInputProps('kind')}
          />
          <Select
            label={t('units.parent')}
            placeholder={t('units.noParent')}
            data={parents}
            searchable
            clearable
            nothingFoundMessage={t('common.empty')}
            {...form.getInputProps('parentId')}
          />
          <Switch
            label={t('units.proposing')}
            description={t('units.proposingHint')}
            {...form.getInputProps('proposing', { type: 'checkbox' })}
          />
          {unit ? <Switch label={t('units.active')} {...form.getInputProps('active', { type: 'checkbox' })} /> : null}
          {error ? (
            <Alert color="red" role="alert" data-testid="form-error">
              {errorText(error, t)}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
