import { Alert, Button, Group, PasswordInput, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import { errorText } from '../../../lib/errors';
import { changePassword } from '../api/account';

/** Current password, then the new one twice; the server checks its strength. */
export function ChangePassword() {
  const { t } = useT();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: { confirm: (value, values) => (value === values.newPassword ? null : t('account.mismatch')) },
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    setBusy(true);
    try {
      await changePassword(values.currentPassword, values.newPassword);
      form.reset();
      notifications.show({ color: 'teal', message: t('account.passwordChanged') });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  });

  return (
    <form onSubmit={submit} aria-labelledby="change-password-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="change-password-title">
          {t('account.changePassword')}
        </Title>
        <PasswordInput
          label={t('account.currentPassword')}
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label={t('account.newPassword')}
          description={t('account.newPasswordHint')}
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput label={t('account.confirmPassword')} autoComplete="new-password" required {...form.getInputProps('confirm')} />
        {error ? (
          <Alert color="red" role="alert">
            {errorText(error, t)}
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={busy}>
            {t('account.changePassword')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
