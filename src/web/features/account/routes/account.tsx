import { Alert, Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useT } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { PageHeader } from '../../../components/page-header';
import { unitName } from '../../../lib/units';
import { ChangePassword } from '../components/change-password';
import { TotpSetup } from '../components/totp-setup';

/** Akun saya: profile, password, and the second factor (where a required one is set up first). */
export default function AccountPage() {
  const { t, lang } = useT();
  const me = useSession();
  const rows: [string, string][] = [
    [t('users.name'), me.user.name],
    [t('users.email'), me.user.email],
    [t('users.role'), t(`roles.${me.user.role}`)],
    [t('users.unit'), me.unit ? unitName(me.unit, lang) : t('shell.noUnit')],
  ];
  return (
    <>
      <PageHeader title={t('account.title')} />
      <Stack gap="lg">
        {me.totpRequired ? (
          <Alert color="orange" icon={<IconShieldLock aria-hidden />} role="alert" data-testid="totp-required">
            {t('account.totpRequired')}
          </Alert>
        ) : null}
        <Card withBorder radius="md" p="lg">
          <TotpSetup enabled={me.user.twoFactorEnabled} />
        </Card>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Card withBorder radius="md" p="lg">
            <Text fw={600} mb="sm" component="h2" size="lg">
              {t('account.profile')}
            </Text>
            <Stack gap="xs" component="dl" m={0}>
              {rows.map(([label, value]) => (
                <div key={label}>
                  <Text component="dt" size="xs" c="dimmed" fw={700} tt="uppercase">
                    {label}
                  </Text>
                  <Text component="dd" m={0} size="sm">
                    {value}
                  </Text>
                </div>
              ))}
            </Stack>
          </Card>
          <Card withBorder radius="md" p="lg">
            <ChangePassword />
          </Card>
        </SimpleGrid>
      </Stack>
    </>
  );
}
