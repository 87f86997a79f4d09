import { Alert, Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconShieldCheck, IconShieldExclamation, IconUserCircle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { hourIn, todayIn } from '../../../../shared/format';
import { useT } from '../../../app/i18n';
import { useNavEntries } from '../../../app/nav-context';
import { useCan, useSession } from '../../../app/session';
import { usePageTitle } from '../../../components/page-header';
import { useFormat } from '../../../lib/format';
import { unitName } from '../../../lib/units';
import { AlertsOnHome } from '../../media/components/alerts-on-home';
import { DataRequestsOnHome } from '../../media/components/data-requests-on-home';

/** The greeting that fits the hour in Jakarta. */
function greetingKey(hour: number) {
  if (hour >= 4 && hour < 11) return 'home.greeting.morning' as const;
  if (hour >= 11 && hour < 15) return 'home.greeting.afternoon' as const;
  if (hour >= 15 && hour < 19) return 'home.greeting.evening' as const;
  return 'home.greeting.night' as const;
}

/** Beranda: who the user is, the open early-warning alerts of the news, and the screens their role opens. */
export default function HomePage() {
  const { t, lang } = useT();
  const me = useSession();
  const format = useFormat();
  const can = useCan();
  usePageTitle(t('nav.home'));
  // The screens the role opens, then the account screen, which is everyone's.
  const cards = [
    ...useNavEntries().filter((entry) => entry.id !== 'home'),
    { id: 'account', path: '/akun', label: 'nav.account', hint: 'nav.accountHint', icon: IconUserCircle } as const,
  ];

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t(greetingKey(hourIn()), { name: me.user.name })}
        </Title>
        <Text c="dimmed" size="sm">
          {t('home.today')}: {format.date(todayIn())}
        </Text>
      </Stack>

      <Card withBorder radius="md" p="lg">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <div>
            <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
              {t('home.role')}
            </Text>
            <Group gap="xs" mt={4}>
              <Text fw={600} data-testid="home-role">
                {t(`roles.${me.user.role}`)}
              </Text>
              {me.demo ? (
                <Badge variant="light" color="grape">
                  {t('shell.demo')}
                </Badge>
              ) : null}
            </Group>
          </div>
          <div>
            <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
              {t('home.unit')}
            </Text>
            <Text fw={600} mt={4} data-testid="home-unit">
              {me.unit ? unitName(me.unit, lang) : t('shell.noUnit')}
            </Text>
          </div>
        </SimpleGrid>
      </Card>

      {can('media.digest.read') ? <AlertsOnHome /> : null}
      {can('media.contacts.requests.read') ? <DataRequestsOnHome /> : null}

      {me.user.twoFactorEnabled ? (
        <Alert color="teal" icon={<IconShieldCheck aria-hidden />}>
          {t('home.totpOn')}
        </Alert>
      ) : (
        <Alert color="yellow" icon={<IconShieldExclamation aria-hidden />}>
          <Anchor component={Link} to="/akun" c="inherit" underline="always">
            {t('home.totpOff')}
          </Anchor>
        </Alert>
      )}

      <Title order={2} size="h4">
        {t('home.canDo')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {cards.map(({ id, path, label, hint, icon: Icon }) => (
          <Card key={id} withBorder radius="md" p="md" component={Link} to={path} data-testid={`home-card-${id}`}>
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <ThemeIcon variant="light" size="lg" radius="md" aria-hidden>
                <Icon size={20} stroke={1.6} />
              </ThemeIcon>
              <div>
                <Text fw={600}>{t(label)}</Text>
                <Text size="sm" c="dimmed">
                  {t(hint)}
                </Text>
              </div>
            </Group>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
