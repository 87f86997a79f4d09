import { ActionIcon, Anchor, Button, Group, Select, Stack, Switch, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPencil, IconPlus, IconShieldLock } from '@tabler/icons-react';
import { useState } from 'react';
import type { TJournalist } from '../../../../shared/media';
import { useT } from '../../../app/i18n';
import { useCan } from '../../../app/session';
import { QueryState } from '../../../components/query-state';
import { useFormat } from '../../../lib/format';
import { journalistsExportUrl, useJournalists, useOutlets } from '../api/contacts';
import { ExportButtons } from './export-buttons';
import { JournalistForm } from './journalist-form';
import { JournalistPersonalData } from './journalist-personal-data';
import { JournalistStateBadge, RetentionDate } from './journalist-state';

/**
 * The journalists with their outlet, contact, the basis of their data's processing and how long
 * it is kept; staff add and correct them, the coordinator answers a person's requests about their data.
 */
export function JournalistList() {
  const { t } = useT();
  const can = useCan();
  const format = useFormat();
  const editable = can('media.contacts.edit');
  const personal = can('media.contacts.personal_data');
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 300);
  const [outletId, setOutletId] = useState('');
  const [anonymized, setAnonymized] = useState(false);
  const journalists = useJournalists({ q, outletId, anonymized });
  const outlets = useOutlets();
  const [editing, setEditing] = useState<TJournalist | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [viewing, setViewing] = useState<TJournalist | null>(null);
  const edit = (j: TJournalist | null) => {
    setEditing(j);
    setFormOpen(true);
  };
  const actions = editable || personal;

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('media.contacts.journalists.search')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          style={{ flex: '1 1 240px' }}
        />
        <Select
          label={t('media.contacts.journalists.outlet')}
          data={[
            { value: '', label: t('media.contacts.journalists.allOutlets') },
            ...(outlets.data?.items ?? []).map((o) => ({ value: o.id, label: o.name })),
          ]}
          value={outletId}
          onChange={(v) => setOutletId(v ?? '')}
          allowDeselect={false}
          searchable
          style={{ flex: '1 1 200px' }}
        />
        {editable ? (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => edit(null)}>
            {t('media.contacts.journalists.add')}
          </Button>
        ) : null}
      </Group>
      <Group justify="space-between" gap="sm">
        <Switch
          label={t('media.contacts.journalists.showAnonymized')}
          checked={anonymized}
          onChange={(e) => setAnonymized(e.currentTarget.checked)}
        />
        <ExportButtons url={(format) => journalistsExportUrl({ q, outletId, anonymized }, format)} />
      </Group>
      <QueryState query={journalists}>
        {() => {
          const items = journalists.data!.items;
          return (
            <>
              <Text size="sm" c="dimmed" aria-live="polite">
                {t('media.contacts.journalists.count', { count: format.number(items.length) })}
              </Text>
              <Table.ScrollContainer minWidth={900}>
                <Table striped verticalSpacing="xs" data-testid="journalists-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('media.contacts.journalists.name')}</Table.Th>
                      <Table.Th>{t('media.contacts.journalists.outlet')}</Table.Th>
                      <Table.Th>{t('media.contacts.journalists.contact')}</Table.Th>
                      <Table.Th>{t('media.contacts.journalists.legalBasis')}</Table.Th>
                      <Table.Th>{t('media.contacts.journalists.retentionUntil')}</Table.Th>
                      {actions ? <Table.Th>{t('common.actions')}</Table.Th> : null}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.length === 0 ? (
                      <Table.Tr>
                        <Table.Td colSpan={actions ? 6 : 5}>
                          <Text c="dimmed">{t('media.contacts.journalists.empty')}</Text>
                        </Table.Td>
                      </Table.Tr>
                    ) : null}
                    {items.map((j) => (
                      <Table.Tr key={j.id} data-testid="journalist-row">
                        <Table.Td>
                          <Text fw={500} fs={j.anonymized ? 'italic' : undefined} c={j.anonymized ? 'dimmed' : undefined}>
                            {j.name}
                          </Text>
                          <JournalistStateBadge journalist={j} />
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{j.outletName ?? t('media.contacts.journalists.noOutlet')}</Text>
                          {j.beat ? (
                            <Text size="xs" c="dimmed">
                              {j.beat}
                            </Text>
                          ) : null}
                        </Table.Td>
                        <Table.Td>
                          {j.email ? (
                            <Anchor href={`mailto:${j.email}`} size="sm" style={{ overflowWrap: 'anywhere' }}>
                              {j.email}
                            </Anchor>
                          ) : null}
                          {j.phone ? <Text size="sm">{j.phone}</Text> : null}
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{t(`media.contacts.legalBasis.${j.legalBasis}`)}</Text>
                          {j.consentAt ? (
                            <Text size="xs" c="dimmed">
                              {t('media.contacts.journalists.consentValue', {
                                date: format.date(j.consentAt),
                                version: j.consentNoticeVersion ?? '—',
                              })}
                            </Text>
                          ) : null}
                        </Table.Td>
                        <Table.Td>
                          <RetentionDate journalist={j} />
                        </Table.Td>
                        {actions ? (
                          <Table.Td>
                            <Group gap={4} wrap="nowrap">
                              {editable && !j.anonymized ? (
                                <Tooltip label={t('media.contacts.journalists.edit')}>
                                  <ActionIcon
                                    variant="subtle"
                                    aria-label={t('media.contacts.journalists.editOne', { name: j.name })}
                                    onClick={() => edit(j)}
                                  >
                                    <IconPencil size={16} />
                                  </ActionIcon>
                                </Tooltip>
                              ) : null}
                              {personal ? (
                                <Tooltip label={t('media.contacts.personal.open')}>
                                  <ActionIcon
                                    variant="subtle"
                                    color="grape"
                                    aria-label={t('media.contacts.personal.openOne', { name: j.name })}
                                    onClick={() => setViewing(j)}
                                  >
                                    <IconShieldLock size={16} />
                                  </ActionIcon>
                                </Tooltip>
                              ) : null}
                            </Group>
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
      {editable ? <JournalistForm journalist={editing} opened={formOpen} onClose={() => setFormOpen(false)} /> : null}
      {personal ? (
        <JournalistPersonalData journalist={viewing} onClose={() => setViewing(null)} onAnonymized={() => setAnonymized(true)} />
      ) : null}
    </Stack>
  );
}
