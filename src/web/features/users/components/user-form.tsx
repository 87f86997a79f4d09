import { Alert, Button, Group, PasswordInput, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { TUnit, TUser } from '../../../../shared/org';
import type { TRole } from '../../../../shared/roles';
import { ROLE_OPTIONS } from '../../../lib/roles';
import { AppModal } from '../../../components/app-modal';
import { useT } from '../../../app/i18n';
import { applyFieldErrors, errorText } from '../../../lib/errors';
import { unitName } from '../../../lib/units';
import { useCreateUser, useUpdateUser } from '../api/users';

interface Values {
  name: string;
  email: string;
  password: string;
  role: TRole | null;
  unitId: string | null;
  locale: 'id' | 'en';
  active: boolean;
}

/** Creates an account with a first password, or edits `user` (name, role, unit, language, active). */
export function UserForm({ units, user, onClose }: { units: readonly TUnit[]; user: TUser | null; onClose: () => void }) {
  const { t, lang } = useT();
  const create = useCreateUser();
  const update = useUpdateUser();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<Values>({
    initialValues: {
      name: user?.name ?? '',
      email: user?.email ?? '',
      password: '',
      role: user?.role ?? null,
      unitId: user?.unitId ?? null,
      locale: user?.locale ?? 'id',
      active: user?.active ?? true,
    },
    // The server checks everything; the one check here spares a message listing internal values.
    validate: { role: (value) => (value ? null : t('common.required')) },
  });

  const submit = async (values: Values) => {
    setError(null);
    const role = values.role as TRole; // validated above
    try {
      if (user) {
        const saved = await update.mutateAsync({
          id: user.id,
          body: { name: values.name.trim(), role, unitId: values.unitId, locale: values.locale, active: values.active },
        });
        notifications.show({ color: 'teal', message: t('users.updated', { email: saved.email }) });
      } else {
        const saved = await create.mutateAsync({
          name: values.name.trim(),
          email: values.email.trim(),
          password: values.password,
          role,
          unitId: values.unitId,
          locale: values.locale,
        });
        notifications.show({ color: 'teal', message: t('users.created', { email: saved.email }) });
      }
      onClose();
    } catch (e) {
      applyFieldErrors(form, e);
      setError(e);
    }
  };

  return (
    <AppModal opened onClose={onClose} title={user ? t('users.editTitle', { name: user.name }) : t('users.createTitle')} size="lg">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <TextInput label={t('users.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
          <TextInput
            label={t('users.email')}
            type="email"
            withAsterisk={!user}
            disabled={!!user}
            autoComplete="off"
            {...form.getInputProps('email')}
          />
          {user ? null : (
            <PasswordInput
              label={t('users.password')}
              description={t('users.passwordHint')}
              withAsterisk
              autoComplete="new-password"
              {...form.getInputProps('password')}
            />
          )}
          <Select
            label={t('users.role')}
            withAsterisk
            data={ROLE_OPTIONS.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            {...form.getInputProps('role')}
          />
          <Select
            label={t('users.unit')}
            placeholder={t('users.noUnit')}
            data={units.filter((u) => u.active).map((u) => ({ value: u.id, label: `${u.code} — ${unitName(u, lang)}` }))}
            searchable
            clearable
            nothingFoundMessage={t('common.empty')}
            {...form.getInputProps('unitId')}
          />
          <Select
            label={t('users.locale')}
            data={[
              { value: 'id', label: t('lang.id') },
              { value: 'en', label: t('lang.en') },
            ]}
            allowDeselect={false}
            {...form.getInputProps('locale')}
          />
          {user ? (
            <Switch label={t('users.active')} description={t('users.activeHint')} {...form.getInputProps('active', { type: 'checkbox' })} />
          ) : null}
          {error ? (
            <Alert color="red" role="alert" data-testid="form-error">
              {errorText(error, t)}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
