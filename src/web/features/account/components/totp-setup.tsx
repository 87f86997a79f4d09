import { Alert, Button, Code, Group, PasswordInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconShieldCheck } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import { Copyable } from '../../../components/copyable';
import { errorText } from '../../../lib/errors';
import { ME_KEY } from '../../../lib/query';
import { enableTotp, type TotpEnrolment, totpSecret, verifyTotp } from '../api/account';

/**
 * Turning on the second factor: the password creates a secret (shown as text, no QR image, so
 * nothing leaves the page), then the first code from the app proves the app has it.
 */
export function TotpSetup({ enabled }: { enabled: boolean }) {
  const { t } = useT();
  const queryClient = useQueryClient();
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const passwordForm = useForm({ initialValues: { password: '' } });
  const codeForm = useForm({ initialValues: { code: '' } });

  const run = async (action: () => Promise<void>) => {
    setError(null);
    setBusy(true);
    try {
      await action();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const title = (
    <Title order={2} size="h4" id="totp-title">
      {t('account.totpTitle')}
    </Title>
  );
  if (enabled)
    return (
      <Stack gap="md" aria-labelledby="totp-title" component="section">
        {title}
        <Alert color="teal" icon={<IconShieldCheck aria-hidden />} data-testid="totp-on">
          {t('account.totpOn')}
        </Alert>
      </Stack>
    );

  return (
    <Stack gap="md" aria-labelledby="totp-title" component="section">
      {title}
      {error ? (
        <Alert color="red" role="alert">
          {errorText(error, t)}
        </Alert>
      ) : null}
      {enrolment ? (
        <form
          onSubmit={codeForm.onSubmit((values) =>
            run(async () => {
              await verifyTotp(values.code.trim());
              notifications.show({ color: 'teal', message: t('account.totpEnabled') });
              setEnrolment(null);
              await queryClient.invalidateQueries({ queryKey: ME_KEY });
            }),
          )}
        >
          <Stack gap="md">
            <Text size="sm">{t('account.totpStep1')}</Text>
            <div>
              <Text size="sm" fw={600} mb={4}>
                {t('account.secret')}
              </Text>
              <Copyable value={totpSecret(enrolment.totpURI)} testId="totp-secret" />
            </div>
            <div>
              <Text size="sm" fw={600} mb={4}>
                {t('account.uri')}
              </Text>
              <Copyable value={enrolment.totpURI} testId="totp-uri" />
            </div>
            <div>
              <Text size="sm" fw={600}>
                {t('account.backupCodes')}
              </Text>
              <Text size="xs" c="dimmed" mb={4}>
                {t('account.backupHint')}
              </Text>
              <SimpleGrid cols={{ base: 2, xs: 3 }} spacing={4}>
                {enrolment.backupCodes.map((code) => (
                  <Code key={code}>{code}</Code>
                ))}
              </SimpleGrid>
            </div>
            <Text size="sm">{t('account.totpStep2')}</Text>
            <TextInput
              label={t('account.totpCode')}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              required
              w={{ base: '100%', xs: 220 }}
              {...codeForm.getInputProps('code')}
            />
            <Group>
              <Button type="submit" loading={busy}>
                {t('account.totpVerify')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <form
          onSubmit={passwordForm.onSubmit((values) =>
            run(async () => {
              setEnrolment(await enableTotp(values.password));
              passwordForm.reset();
            }),
          )}
        >
          <Stack gap="md">
            <Text size="sm">{t('account.totpIntro')}</Text>
            <PasswordInput
              label={t('account.totpPassword')}
              autoComplete="current-password"
              required
              w={{ base: '100%', xs: 320 }}
              {...passwordForm.getInputProps('password')}
            />
            <Group>
              <Button type="submit" loading={busy}>
                {t('account.totpStart')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
