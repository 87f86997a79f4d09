import { Avatar, Box, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import type { TMe } from '../../shared/org';
import { postAuth } from '../lib/api';
import { unitName } from '../lib/units';
import { useT } from './i18n';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');
}

/** The user's name, role and unit in the header, with "My account" and "Sign out". */
export function UserMenu({ me }: { me: TMe }) {
  const { t, lang } = useT();
  const navigate = useNavigate();
  const role = t(`roles.${me.user.role}`);
  const unit = me.unit ? unitName(me.unit, lang) : t('shell.noUnit');

  const signOut = async () => {
    try {
      await postAuth('/api/auth/sign-out');
    } finally {
      // A full page load, whatever the server said: nothing of this session stays in memory,
      // and the next user starts on a clean page.
      window.location.replace('/masuk');
    }
  };

  return (
    <Menu position="bottom-end" width={280} shadow="md">
      <Menu.Target>
        <UnstyledButton aria-label={`${t('shell.userMenu')}: ${me.user.name}`} data-testid="user-menu">
          <Box style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
            <Avatar color="blue" radius="xl" size={36} aria-hidden>
              {initials(me.user.name)}
            </Avatar>
            <Box visibleFrom="md" maw={220}>
              <Text size="sm" fw={600} truncate>
                {me.user.name}
              </Text>
              <Text size="xs" c="dimmed" truncate>
                {role} · {unit}
              </Text>
            </Box>
          </Box>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Box px="sm" py="xs">
          <Text size="sm" fw={600}>
            {me.user.name}
          </Text>
          <Text size="xs" c="dimmed">
            {me.user.email}
          </Text>
          <Text size="xs" mt={4}>
            {role}
          </Text>
          <Text size="xs" c="dimmed">
            {unit}
          </Text>
        </Box>
        <Menu.Divider />
        <Menu.Item leftSection={<IconUserCircle size={16} aria-hidden />} onClick={() => navigate('/akun')}>
          {t('nav.account')}
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={signOut} color="red.9">
          {t('shell.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
