import { ActionIcon, Button, Paper, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { TUser } from '../../../../shared/org';
import { useT } from '../../../app/i18n';
import { useCan } from '../../../app/session';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { StatusBadge } from '../../../components/status-badge';
import { unitName, useUnits } from '../../../lib/units';
import { useUsers } from '../api/users';
import { UserForm } from '../components/user-form';

/** Accounts with their role and unit; admins create and edit them. */
export default function UsersPage() {
  const { t, lang } = useT();
  const can = useCan();
  const users = useUsers();
  const units = useUnits();
  // `undefined`: no dialog; `null`: a new account; a user: editing it.
  const [editing, setEditing] = useState<TUser | null | undefined>(undefined);
  const canCreate = can('org.user.create');
  const canUpdate = can('org.user.update');
  const unitsById = new Map((units.data ?? []).map((u) => [u.id, u]));

  return (
    <>
      <PageHeader
        title={t('users.title')}
        intro={t('users.intro')}
        actions={
          canCreate ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing(null)} disabled={!units.data}>
              {t('users.create')}
            </Button>
          ) : null
        }
      />
      <QueryState query={users}>
        {() => (
          <Paper withBorder radius="md">
            <Table.ScrollContainer minWidth={760}>
              <Table striped highlightOnHover verticalSpacing="xs" data-testid="users-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('users.name')}</Table.Th>
                    <Table.Th scope="col">{t('users.email')}</Table.Th>
                    <Table.Th scope="col">{t('users.role')}</Table.Th>
                    <Table.Th scope="col">{t('users.unit')}</Table.Th>
                    <Table.Th scope="col">{t('users.twoFactor')}</Table.Th>
                    <Table.Th scope="col">{t('common.status')}</Table.Th>
                    {canUpdate ? (
                      <Table.Th scope="col">
                        <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                      </Table.Th>
                    ) : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {(users.data ?? []).map((user) => {
                    const unit = user.unitId ? unitsById.get(user.unitId) : undefined;
                    return (
                      <Table.Tr key={user.id} data-user-email={user.email}>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {user.name}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{user.email}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{t(`roles.${user.role}`)}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{unit ? unitName(unit, lang) : t('common.none')}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{user.twoFactorEnabled ? t('common.yes') : t('common.no')}</Text>
                        </Table.Td>
                        <Table.Td>
                          <StatusBadge active={user.active} />
                        </Table.Td>
                        {canUpdate ? (
                          <Table.Td>
                            <Tooltip label={t('users.editUser', { name: user.name })}>
                              <ActionIcon
                                variant="subtle"
                                aria-label={t('users.editUser', { name: user.name })}
                                onClick={() => setEditing(user)}
                                disabled={!units.data}
                              >
                                <IconPencil size={18} aria-hidden />
                              </ActionIcon>
                            </Tooltip>
                          </Table.Td>
                        ) : null}
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        )}
      </QueryState>
      {editing !== undefined && units.data ? <UserForm units={units.data} user={editing} onClose={() => setEditing(undefined)} /> : null}
    </>
  );
}
