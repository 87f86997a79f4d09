import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { Link, Outlet, useRouteError } from 'react-router';
import { useT } from '../app/i18n';
import { useCan } from '../app/session';
import { usePageTitle } from './page-header';

function StatusPage({ title, text, action }: { title: string; text: string; action: React.ReactNode }) {
  usePageTitle(title);
  return (
    <Center mih="50vh" p="md">
      <Stack align="center" gap="sm" maw={480} ta="center">
        <Title order={1} size="h2">
          {title}
        </Title>
        <Text c="dimmed">{text}</Text>
        {action}
      </Stack>
    </Center>
  );
}

export function NotFound() {
  const { t } = useT();
  return (
    <StatusPage
      title={t('shell.notFoundTitle')}
      text={t('shell.notFoundText')}
      action={
        <Button component={Link} to="/">
          {t('shell.backHome')}
        </Button>
      }
    />
  );
}

/** Renders the screen below it only for users who hold `permission`. */
export function PermissionGate({ permission }: { permission: string | null }) {
  const { t } = useT();
  const can = useCan();
  if (can(permission)) return <Outlet />;
  return (
    <StatusPage
      title={t('shell.forbiddenTitle')}
      text={t('shell.forbiddenText')}
      action={
        <Button component={Link} to="/">
          {t('shell.backHome')}
        </Button>
      }
    />
  );
}

/** A screen that threw while rendering or whose chunk failed to load (an old tab after a deploy). */
export function RouteError() {
  const { t } = useT();
  const error = useRouteError();
  if (import.meta.env.DEV) console.error(error);
  return (
    <StatusPage
      title={t('shell.crashTitle')}
      text={t('shell.crashText')}
      action={<Button onClick={() => window.location.reload()}>{t('shell.reload')}</Button>}
    />
  );
}
