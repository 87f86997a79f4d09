import { Anchor, AppShell, Box, Burger, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Navigate, Outlet, useLocation, useNavigation } from 'react-router';
import { FullPageLoader } from '../components/full-page-loader';
import { LanguageSwitch } from '../components/language-switch';
import { Logo } from '../components/logo';
import { errorText } from '../lib/errors';
import { useT } from './i18n';
import { NavEntriesContext } from './nav-context';
import { visibleEntries } from './navigation';
import { NavigationMenu } from './navigation-menu';
import { SessionContext, useMeQuery } from './session';
import { UserMenu } from './user-menu';
import classes from './shell.module.css';

/** The page every signed-in screen lives in; without a session it sends the user to sign in. */
export function Shell() {
  const { t } = useT();
  const location = useLocation();
  const me = useMeQuery();
  const [opened, { toggle, close }] = useDisclosure(false);
  const navigation = useNavigation();

  if (me.isPending) return <FullPageLoader />;
  if (me.isError)
    return (
      <Stack align="center" mt="xl" p="md">
        <Text role="alert">{errorText(me.error, t)}</Text>
        <Button onClick={() => me.refetch()}>{t('common.retry')}</Button>
      </Stack>
    );
  if (!me.data) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/masuk' : `/masuk?next=${encodeURIComponent(next)}`} replace />;
  }
  // A role that must use a second factor cannot use anything else before setting it up.
  if (me.data.totpRequired && location.pathname !== '/akun') return <Navigate to="/akun" replace />;

  return (
    <SessionContext.Provider value={me.data}>
      <NavEntriesContext.Provider value={visibleEntries(me.data.permissions)}>
        <a href="#main-content" className={classes.skipLink}>
          {t('shell.skipToContent')}
        </a>
        <AppShell header={{ height: 60 }} navbar={{ width: 264, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
          <AppShell.Header>
            <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
              <Group gap="sm" wrap="nowrap">
                <Burger
                  opened={opened}
                  onClick={toggle}
                  hiddenFrom="sm"
                  size="sm"
                  aria-label={opened ? t('shell.closeNavigation') : t('shell.openNavigation')}
                  aria-expanded={opened}
                  aria-controls="main-navigation"
                />
                <Anchor component={Link} to="/" underline="never" c="inherit" aria-label={t('nav.home')}>
                  <Logo />
                </Anchor>
              </Group>
              <Group gap="sm" wrap="nowrap">
                <LanguageSwitch />
                <UserMenu me={me.data} />
              </Group>
            </Group>
            {navigation.state === 'loading' ? (
              <Progress value={100} animated size={3} radius={0} className={classes.progress} aria-hidden />
            ) : null}
          </AppShell.Header>
          <AppShell.Navbar p="sm" id="main-navigation" aria-label={t('nav.label')} component="nav">
            <NavigationMenu onNavigate={close} />
          </AppShell.Navbar>
          <AppShell.Main id="main-content" tabIndex={-1} className={classes.main}>
            <Box maw={1280} mx="auto">
              <Outlet />
            </Box>
          </AppShell.Main>
        </AppShell>
      </NavEntriesContext.Provider>
    </SessionContext.Provider>
  );
}
