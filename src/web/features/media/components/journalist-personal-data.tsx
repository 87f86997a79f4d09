import { Alert, Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconEraser, IconLock, IconLockOpen } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { TJournalist } from '../../../../shared/media';
import { useT } from '../../../app/i18n';
import { AppModal } from '../../../components/app-modal';
import { ErrorAlert, QueryState } from '../../../components/query-state';
import { useFormat } from '../../../lib/format';
import { saveFile } from '../../../lib/save-file';
import { useAnonymizeJournalist, usePersonalData, useRestrictJournalist } from '../api/contacts';
import { PersonDataRequests } from './data-request-log';
import { JournalistRecord } from './journalist-record';
import { JournalistStateBadge } from './journalist-state';

type PersonalData = NonNullable<ReturnType<typeof usePersonalData>['data']>;

const KNOWN_ACTIONS = ['create', 'update', 'export', 'delete'] as const;
const KNOWN_STATUSES = ['received', 'triaged', 'assigned', 'fulfilled', 'declined'] as const;

/** Saves what the person may ask for as a JSON file (the same data the dialog shows). */
function download(data: PersonalData) {
  const slug =
    data.person.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'wartawan';
  saveFile(JSON.stringify(data, null, 2), 'application/json', `data-pribadi-${slug}-${new Date().toISOString().slice(0, 10)}.json`);
}

/**
 * A person's data and its processing history (UU 27/2022: access and portability), with the
 * requests they may make: restrict the processing, or erase (anonymize) the record. Opening the
 * dialog fetches the data once, which the server records as an export.
 */
export function JournalistPersonalData({
  journalist,
  onClose,
  onAnonymized,
}: {
  journalist: TJournalist | null;
  onClose: () => void;
  /** Called after the record is anonymized (the list then shows anonymized records, so it stays in view). */
  onAnonymized?: () => void;
}) {
  const { t } = useT();
  const format = useFormat();
  const data = usePersonalData(journalist?.id ?? null);
  const restrict = useRestrictJournalist();
  const anonymize = useAnonymizeJournalist();
  const [confirming, setConfirming] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new person starts without a pending confirmation
  useEffect(() => {
    setConfirming(false);
    restrict.reset();
    anonymize.reset();
  }, [journalist?.id]);
  const person = data.data?.person ?? journalist;
  const name = person?.name ?? '';

  const toggleRestriction = async (restricted: boolean) => {
    if (!journalist) return;
    try {
      await restrict.mutateAsync({ id: journalist.id, restricted });
      const key = restricted ? 'media.contacts.personal.restrictedDone' : 'media.contacts.personal.unrestrictedDone';
      notifications.show({ color: 'teal', message: t(key, { name }) });
    } catch {
      // The error shows in the dialog.
    }
  };
  const erase = async () => {
    if (!journalist) return;
    try {
      await anonymize.mutateAsync(journalist.id);
      setConfirming(false);
      onAnonymized?.();
      notifications.show({ color: 'teal', message: t('media.contacts.personal.anonymizedDone', { name }) });
    } catch {
      // The error shows in the dialog.
    }
  };

  return (
    <AppModal opened={journalist !== null} onClose={onClose} title={t('media.contacts.personal.title', { name })} size="xl">
      <Stack gap="md" data-testid="personal-data">
        <Text size="sm" c="dimmed">
          {t('media.contacts.personal.intro')}
        </Text>
        {person ? (
          <Group gap="xs">
            <JournalistStateBadge journalist={person} />
          </Group>
        ) : null}
        {person?.anonymized ? (
          <Alert color="gray" data-testid="anonymized-note">
            {t('media.contacts.personal.anonymizedNote')}
          </Alert>
        ) : person?.restricted ? (
          <Alert color="orange" data-testid="restricted-note">
            {t('media.contacts.personal.restrictedNote')}
          </Alert>
        ) : null}
        {restrict.isError ? <ErrorAlert error={restrict.error} /> : null}
        {anonymize.isError ? <ErrorAlert error={anonymize.error} /> : null}
        <QueryState query={data}>
          {() => {
            // The outlet is no personal data and the export does not name it: taken from the list's row.
            const d = {
              ...data.data!,
              person: { ...data.data!.person, outletName: data.data!.person.outletName ?? journalist?.outletName ?? null },
            };
            return (
              <Stack gap="md">
                <Group gap="sm">
                  <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} onClick={() => download(d)}>
                    {t('media.contacts.personal.download')}
                  </Button>
                  {d.person.anonymized ? null : d.person.restricted ? (
                    <Button
                      variant="default"
                      leftSection={<IconLockOpen size={16} aria-hidden />}
                      loading={restrict.isPending}
                      onClick={() => toggleRestriction(false)}
                    >
                      {t('media.contacts.personal.unrestrict')}
                    </Button>
                  ) : (
                    <Button
                      variant="light"
                      color="orange"
                      leftSection={<IconLock size={16} aria-hidden />}
                      loading={restrict.isPending}
                      onClick={() => toggleRestriction(true)}
                      title={t('media.contacts.personal.restrictHint')}
                    >
                      {t('media.contacts.personal.restrict')}
                    </Button>
                  )}
                  {d.person.anonymized ? null : (
                    <Button
                      variant="light"
                      color="red"
                      leftSection={<IconEraser size={16} aria-hidden />}
                      onClick={() => setConfirming(true)}
                      disabled={confirming}
                    >
                      {t('media.contacts.personal.anonymize')}
                    </Button>
                  )}
                </Group>
                {d.person.anonymized || d.person.restricted ? null : (
                  <Text size="xs" c="dimmed">
                    {t('media.contacts.personal.restrictHint')}
                  </Text>
                )}
                {confirming && !d.person.anonymized ? (
                  <Alert
                    color="red"
                    title={t('media.contacts.personal.anonymizeTitle', { name })}
                    role="alertdialog"
                    aria-label={t('media.contacts.personal.anonymizeTitle', { name })}
                    data-testid="anonymize-confirm"
                  >
                    <List size="sm" spacing={4} mb="sm">
                      <List.Item>{t('media.contacts.personal.anonymizeWhat')}</List.Item>
                      <List.Item>{t('media.contacts.personal.anonymizeKeeps')}</List.Item>
                      <List.Item>{t('media.contacts.personal.anonymizeRequests')}</List.Item>
                      <List.Item fw={600}>{t('media.contacts.personal.anonymizeFinal')}</List.Item>
                    </List>
                    <Group gap="sm" justify="flex-end">
                      <Button variant="default" onClick={() => setConfirming(false)}>
                        {t('common.cancel')}
                      </Button>
                      <Button color="red" loading={anonymize.isPending} onClick={erase}>
                        {t('media.contacts.personal.anonymizeConfirm')}
                      </Button>
                    </Group>
                  </Alert>
                ) : null}
                <Title order={3} size="h5">
                  {t('media.dataRequests.ofPerson')}
                </Title>
                <PersonDataRequests person={d.person} />
                <Title order={3} size="h5">
                  {t('media.contacts.personal.record')}
                </Title>
                <JournalistRecord journalist={d.person} />
                <Title order={3} size="h5">
                  {t('media.contacts.personal.requests')}
                </Title>
                {d.requests.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('media.contacts.personal.noRequests')}
                  </Text>
                ) : (
                  <Table.ScrollContainer minWidth={560}>
                    <Table striped>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('media.contacts.personal.requestNumber')}</Table.Th>
                          <Table.Th>{t('media.contacts.personal.requestReceived')}</Table.Th>
                          <Table.Th>{t('media.contacts.personal.requestTopic')}</Table.Th>
                          <Table.Th>{t('media.contacts.personal.requestStatus')}</Table.Th>
                          <Table.Th>{t('media.contacts.personal.requestConsent')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {d.requests.map((r) => (
                          <Table.Tr key={r.number}>
                            <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.number}</Table.Td>
                            <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(r.receivedAt)}</Table.Td>
                            <Table.Td>{r.topic}</Table.Td>
                            <Table.Td>
                              {(KNOWN_STATUSES as readonly string[]).includes(r.status)
                                ? t(`media.status.${r.status as (typeof KNOWN_STATUSES)[number]}`)
                                : r.status}
                            </Table.Td>
                            <Table.Td>
                              {r.consentAt
                                ? t('media.contacts.journalists.consentValue', {
                                    date: format.dateTime(r.consentAt),
                                    version: r.consentNoticeVersion ?? '—',
                                  })
                                : t('media.contacts.journalists.noConsent')}
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                )}
                <Title order={3} size="h5">
                  {t('media.contacts.personal.history')}
                </Title>
                <Table.ScrollContainer minWidth={420}>
                  <Table striped data-testid="personal-history">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('media.contacts.personal.historyAt')}</Table.Th>
                        <Table.Th>{t('media.contacts.personal.historyAction')}</Table.Th>
                        <Table.Th>{t('media.contacts.personal.historyActor')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {d.history.map((h, i) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: the history is append-only and shown in its order
                        <Table.Tr key={i}>
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(h.at)}</Table.Td>
                          <Table.Td>
                            {(KNOWN_ACTIONS as readonly string[]).includes(h.action)
                              ? t(`media.contacts.personal.action.${h.action as (typeof KNOWN_ACTIONS)[number]}`)
                              : h.action}
                          </Table.Td>
                          <Table.Td>{h.actor ?? t('media.contacts.personal.system')}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Stack>
            );
          }}
        </QueryState>
      </Stack>
    </AppModal>
  );
}
