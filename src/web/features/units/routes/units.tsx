import { ActionIcon, Button, Paper, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { TUnit } from '../../../../shared/org';
import { useT } from '../../../app/i18n';
import { useCan } from '../../../app/session';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { StatusBadge } from '../../../components/status-badge';
import { unitName, unitTree, useUnits } from '../../../lib/units';
import { UnitForm } from '../components/unit-form';

/** The unit tree as an indented table; admins add and edit units in a dialog. */
export default function UnitsPage() {
  const { t, lang } = useT();
  const can = useCan();
  const units = useUnits();
  // `undefined`: no dialog; `null`: a new unit; a unit: editing it.
  const [editing, setEditing] = useState<TUnit | null | undefined>(undefined);
  const canCreate = can('org.unit.create');
  const canUpdate = can('org.unit.update');

  return (
    <>
      <PageHeader
        title={t('units.title')}
        intro={t('units.intro')}
        actions={
          canCreate ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing(null)}>
              {t('units.create')}
            </Button>
          ) : null
        }
      />
      <QueryState query={units}>
        {() => {
          const rows = unitTree(units.data ?? []);
          const parents = new Map((units.data ?? []).map((u) => [u.id, u]));
          return (
            <Paper withBorder radius="md">
              <Table.ScrollContainer minWidth={720}>
                <Table striped highlightOnHover verticalSpacing="xs" data-testid="units-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('units.code')}</Table.Th>
                      <Table.Th scope="col">{t('units.name')}</Table.Th>
                      <Table.Th scope="col">{t('units.kind')}</Table.Th>
                      <Table.Th scope="col">{t('units.parent')}</Table.Th>
                      <Table.Th scope="col">{t('units.proposing')}</Table.Th>
                      <Table.Th scope="col">{t('common.status')}</Table.Th>
                      {canUpdate ? (
                        <Table.Th scope="col">
                          <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                        </Table.Th>
                      ) : null}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map(({ unit, depth }) => {
                      const parent = unit.parentId ? parents.get(unit.parentId) : undefined;
                      const name = unitName(unit, lang);
                      return (
                        <Table.Tr key={unit.id} data-unit-code={unit.code}>
                          <Table.Td>
                            <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                              {unit.code}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            {/* The indentation draws the tree; the parent column says it in words. */}
                            <Text size="sm" pl={depth * 16} c={unit.active ? undefined : 'dimmed'}>
                              {name}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm">{t(`unitKinds.${unit.kind}`)}</Text>
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm">{parent ? parent.code : t('common.none')}</Text>
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm">{unit.proposing ? t('common.yes') : t('common.no')}</Text>
                          </Table.Td>
                          <Table.Td>
                            <StatusBadge active={unit.active} />
                          </Table.Td>
                          {canUpdate ? (
                            <Table.Td>
                              <Tooltip label={t('units.editUnit', { name })}>
                                <ActionIcon variant="subtle" aria-label={t('units.editUnit', { name })} onClick={() => setEditing(unit)}>
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
          );
        }}
      </QueryState>
      {editing !== undefined && units.data ? <UnitForm units={units.data} unit={editing} onClose={() => setEditing(undefined)} /> : null}
    </>
  );
}
