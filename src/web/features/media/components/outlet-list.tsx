import { ActionIcon, Anchor, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { TOutlet } from '../../../../shared/media';
import { useT } from '../../../app/i18n';
import { useCan } from '../../../app/session';
import { QueryState } from '../../../components/query-state';
import { useFormat } from '../../../lib/format';
import { outletsExportUrl, useOutlets } from '../api/contacts';
import { ExportButtons } from './export-buttons';
import { OutletForm } from './outlet-form';

/** The outlets: name, media type, region, website, how many journalists each has; added and corrected by the Humas staff. */
export function OutletList() {
  const { t } = useT();
  const can = useCan();
  const format = useFormat();
  const editable = can('media.contacts.edit');
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 300);
  const outlets = useOutlets(q);
  const [editing, setEditing] = useState<TOutlet | null>(null);
  const [open, setOpen] = useState(false);
  const edit = (o: TOutlet | null) => {
    setEditing(o);
    setOpen(true);
  };
  return (
    <Stack gap="md">
      <Group align="flex-end" justify="space-between" gap="sm">
        <TextInput
          label={t('media.contacts.outlets.search')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          style={{ flex: '1 1 240px' }}
          maw={420}
        />
        <Group gap="sm">
          <ExportButtons url={(format) => outletsExportUrl(q, format)} />
          {editable ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => edit(null)}>
              {t('media.contacts.outlets.add')}
            </Button>
          ) : null}
        </Group>
      </Group>
      <QueryState query={outlets}>
        {() => {
          const items = outlets.data!.items;
          return (
            <>
              <Text size="sm" c="dimmed" aria-live="polite">
                {t('media.contacts.outlets.count', { count: format.number(items.length) })}
              </Text>
              <Table.ScrollContainer minWidth={720}>
                <Table striped data-testid="outlets-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('media.contacts.outlets.name')}</Table.Th>
                      <Table.Th>{t('media.contacts.outlets.mediaType')}</Table.Th>
                      <Table.Th>{t('media.contacts.outlets.region')}</Table.Th>
                      <Table.Th>{t('media.contacts.outlets.website')}</Table.Th>
                      <Table.Th ta="right">{t('media.contacts.outlets.journalists')}</Table.Th>
                      <Table.Th>{t('media.contacts.outlets.status')}</Table.Th>
                      {editable ? <Table.Th>{t('common.actions')}</Table.Th> : null}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.length === 0 ? (
                      <Table.Tr>
                        <Table.Td colSpan={editable ? 7 : 6}>
                          <Text c="dimmed">{t('media.contacts.outlets.empty')}</Text>
                        </Table.Td>
                      </Table.Tr>
                    ) : null}
                    {items.map((o) => (
                      <Table.Tr key={o.id} data-testid="outlet-row">
                        <Table.Td fw={500}>{o.name}</Table.Td>
                        <Table.Td>{t(`media.mediaType.${o.mediaType}`)}</Table.Td>
                        <Table.Td>{o.region ?? ''}</Table.Td>
                        <Table.Td>
                          {o.website ? (
                            <Anchor href={o.website} target="_blank" rel="noopener noreferrer" size="sm">
                              {o.website.replace(/^https?:\/\//, '')}
                            </Anchor>
                          ) : null}
                        </Table.Td>
                        <Table.Td ta="right">{format.number(o.journalists)}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          <Text size="sm" c={o.active ? 'teal.9' : 'dimmed'} fw={500}>
                            {o.active ? t('common.active') : t('common.inactive')}
                          </Text>
                        </Table.Td>
                        {editable ? (
                          <Table.Td>
                            <ActionIcon
                              variant="subtle"
                              aria-label={t('media.contacts.outlets.editOne', { name: o.name })}
                              onClick={() => edit(o)}
                            >
                              <IconPencil size={16} />
                            </ActionIcon>
                          </Table.Td>
                        ) : null}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </>
          );
        }}
      </QueryState>
      {editable ? <OutletForm outlet={editing} opened={open} onClose={() => setOpen(false)} /> : null}
    </Stack>
  );
}
