import { NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useT } from './i18n';
import { useNavEntries } from './nav-context';
import { NAV_SECTIONS } from './navigation';

/** The navbar: the registry's entries the user may see, grouped by section. */
export function NavigationMenu({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useT();
  const { pathname } = useLocation();
  const entries = useNavEntries();
  const matches = (path: string) => (path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`));
  // Entries may nest (/kinerja and /kinerja/rencana): only the most specific one is the current page.
  const current = entries.filter((entry) => matches(entry.path)).sort((a, b) => b.path.length - a.path.length)[0];
  return (
    <ScrollArea type="auto">
      <Stack gap="md">
        {NAV_SECTIONS.map((section) => {
          const inSection = entries.filter((entry) => entry.section === section);
          if (inSection.length === 0) return null;
          return (
            <div key={section}>
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mb={4}>
                {t(`nav.sections.${section}`)}
              </Text>
              {inSection.map((entry) => {
                const active = entry === current;
                const Icon = entry.icon;
                return (
                  <NavLink
                    key={entry.id}
                    component={Link}
                    to={entry.path}
                    label={t(entry.label)}
                    leftSection={<Icon size={18} stroke={1.6} aria-hidden />}
                    active={active}
                    aria-current={active ? 'page' : undefined}
                    onClick={onNavigate}
                    data-nav={entry.id}
                  />
                );
              })}
            </div>
          );
        })}
      </Stack>
    </ScrollArea>
  );
}
