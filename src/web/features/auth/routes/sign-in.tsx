import { Alert, Box, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useT } from '../../../app/i18n';
import { useMeQuery } from '../../../app/session';
import { FullPageLoader } from '../../../components/full-page-loader';
import { LanguageSwitch } from '../../../components/language-switch';
import { Logo } from '../../../components/logo';
import { usePageTitle } from '../../../components/page-header';
import { errorText } from '../../../lib/errors';
import { ME_KEY } from '../../../lib/query';
import { signIn, verifyTotp } from '../api/auth';

/** Only a path of this site may follow sign-in (never `//elsewhere` or a full URL). */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/masuk') ? next : '/';
}

/** E-mail and password, then — for accounts with an authenticator — the 6-digit code. */
export default function SignInPage() {
  const { t } = useT();
  const me = useMeQuery();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [step, setStep] = useState<'password' | 'code'>('password');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(step === 'code' ? t('auth.twoFactorTitle') : t('auth.title'));

  const credentials = useForm({ initialValues: { email: '', password: '' } });
  const codeForm = useForm({ initialValues: { code: '' } });

  const enter = async () => {
    await queryClient.invalidateQueries({ queryKey: ME_KEY });
    navigate(next, { replace: true });
  };

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  if (me.isPending) return <FullPageLoader />;
  if (me.data && !busy) return <Navigate to={next} replace />;

  return (
    <Box mih="100dvh" bg="gray.0">
      <Group justify="flex-end" p="md">
        <LanguageSwitch />
      </Group>
      <Center px="md" pb="xl">
        <Paper component="main" withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
          <Stack gap="lg">
            <Stack gap={4}>
              <Logo />
              <Text size="sm" c="dimmed">
                {t('common.tagline')}
              </Text>
            </Stack>
            <Title order={1} size="h3">
              {step === 'code' ? t('auth.twoFactorTitle') : t('auth.title')}
            </Title>
            {error ? (
              <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert" data-testid="sign-in-error">
                {error}
              </Alert>
            ) : null}
            {step === 'password' ? (
              <form
                onSubmit={credentials.onSubmit((values) =>
                  run(async () => {
                    const result = await signIn(values.email.trim(), values.password);
                    if (result?.twoFactorRedirect) setStep('code');
                    else await enter();
                  }),
                )}
              >
                <Stack gap="md">
                  <TextInput
                    label={t('auth.email')}
                    type="email"
                    autoComplete="username"
                    required
                    {...credentials.getInputProps('email')}
                  />
                  <PasswordInput
                    label={t('auth.password')}
                    autoComplete="current-password"
                    required
                    {...credentials.getInputProps('password')}
                  />
                  <Button type="submit" loading={busy} fullWidth>
                    {t('auth.submit')}
                  </Button>
                </Stack>
              </form>
            ) : (
              <form onSubmit={codeForm.onSubmit((values) => run(async () => verifyTotp(values.code.trim()).then(enter)))}>
                <Stack gap="md">
                  <Text size="sm">{t('auth.twoFactorText')}</Text>
                  <TextInput
                    label={t('auth.code')}
                    inputMode="numeric"
                    autoComplete="one-time-code"
                    maxLength={6}
                    required
                    data-autofocus
                    {...codeForm.getInputProps('code')}
                  />
                  <Button type="submit" loading={busy} fullWidth>
                    {t('auth.verify')}
                  </Button>
                  <Button
                    variant="subtle"
                    onClick={() => {
                      setStep('password');
                      setError(null);
                      codeForm.reset();
                    }}
                  >
                    {t('auth.back')}
                  </Button>
                </Stack>
              </form>
            )}
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
