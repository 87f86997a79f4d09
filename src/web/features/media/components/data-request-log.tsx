import { Button, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { TDataRequest } from '../../../../shared/personal-data';
import { useT } from '../../../app/i18n';
import { useCan } from '../../../app/session';
import { QueryState } from '../../../components/query-state';
import { useFormat } from '../../../lib/format';
import { type DataRequestShow, useDataRequests } from '../api/contacts';
import { DataRequestLogForm, DataRequestResolveDialog, DataRequestResolveForm } from './data-request-forms';
import { DataRequestTable } from './data-request-table';

/**
 * Every journalist's requests about their data, the open ones first by deadline (UU 27/2022:
 * 3 × 24 hours), so the coordinator sees what is due today; the head and auditors read it.
 * A request is logged from the person's *Data pribadi* dialog.
 */
export function DataRequestLog() {
  const { t } = useT();
  const can = useCan();
  const format = useFormat();
  const [show, setShow] = useState<DataRequestShow>('open');
  const requests = useDataRequests(show);
  const [resolving, setResolving] = useState<TDataRequest | null>(null);
  const canResolve = can('media.contacts.personal_data');
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('media.dataRequests.intro')}
      </Text>
      <SegmentedControl
        aria-label={t('media.dataRequests.show')}
        value={show}
        onChange={(v) => setShow(v as DataRequestShow)}
        data={(['open', 'closed', 'all'] as const).map((v) => ({ value: v, label: t(`media.dataRequests.shows.${v}`) }))}
        style={{ alignSelf: 'flex-start' }}
      />
      <QueryState query={requests}>
        {() => {
          const items = requests.data!.items;
          if (items.length === 0)
            return <Text c="dimmed">{show === 'open' ? t('media.dataRequests.emptyOpen') : t('media.dataRequests.empty')}</Text>;
          return (
            <>
              <Text size="sm" c="dimmed" aria-live="polite">
                {t('media.dataRequests.count', { count: format.number(items.length) })}
              </Text>
              <DataRequestTable items={items} showPerson onResolve={canResolve ? setResolving : undefined} />
            </>
          );
        }}
      </QueryState>
      {canResolve ? <DataRequestResolveDialog request={resolving} onClose={() => setResolving(null)} /> : null}
    </Stack>
  );
}

/**
 * One person's requests inside their *Data pribadi* dialog: logging a new one and closing one happen
 * in place (a dialog over the dialog would lose the person from view).
 */
export function PersonDataRequests({ person }: { person: { id: string; name: string; anonymized: boolean } }) {
  const { t } = useT();
  const requests = useDataRequests('all', person.id);
  const [logging, setLogging] = useState(false);
  const [resolving, setResolving] = useState<TDataRequest | null>(null);
  return (
    <Stack gap="xs" data-testid="person-data-requests">
      <QueryState query={requests}>
        {() =>
          requests.data!.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('media.dataRequests.noneOfPerson')}
            </Text>
          ) : (
            <DataRequestTable
              items={requests.data!.items}
              showPerson={false}
              onResolve={(r) => {
                setLogging(false);
                setResolving(r);
              }}
            />
          )
        }
      </QueryState>
      {resolving ? (
        <Paper withBorder p="sm">
          <Title order={4} size="h6" mb="xs">
            {t('media.dataRequests.resolveTitle', { kind: t(`media.dataRequests.kinds.${resolving.kind}`) })}
          </Title>
          <DataRequestResolveForm key={resolving.id} request={resolving} onClose={() => setResolving(null)} />
        </Paper>
      ) : logging ? (
        <Paper withBorder p="sm">
          <DataRequestLogForm person={person} onClose={() => setLogging(false)} />
        </Paper>
      ) : person.anonymized ? null : (
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setLogging(true)}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('media.dataRequests.log')}
        </Button>
      )}
    </Stack>
  );
}
