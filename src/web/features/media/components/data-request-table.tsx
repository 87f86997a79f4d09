import { Button, Table, Text } from '@mantine/core';
import type { TDataRequest } from '../../../../shared/personal-data';
import { useT } from '../../../app/i18n';
import { useFormat } from '../../../lib/format';
import { DataRequestDeadline } from './data-request-deadline';

/** Requests with their deadlines; `onResolve` (for whoever may close them) adds a close button to the open ones. */
export function DataRequestTable({
  items,
  showPerson,
  onResolve,
}: {
  items: TDataRequest[];
  showPerson: boolean;
  onResolve?: (request: TDataRequest) => void;
}) {
  const { t } = useT();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={showPerson ? 860 : 640}>
      <Table striped data-testid="data-requests-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('media.dataRequests.received')}</Table.Th>
            {showPerson ? <Table.Th>{t('media.dataRequests.person')}</Table.Th> : null}
            <Table.Th>{t('media.dataRequests.kind')}</Table.Th>
            <Table.Th>{t('media.dataRequests.due')}</Table.Th>
            <Table.Th>{t('media.dataRequests.status')}</Table.Th>
            {onResolve ? <Table.Th>{t('media.dataRequests.action')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => {
            const kind = t(`media.dataRequests.kinds.${r.kind}`);
            const name = r.subjectName ?? '—';
            return (
              <Table.Tr key={r.id} data-testid="data-request">
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {format.dateTime(r.receivedAt)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`media.dataRequests.channels.${r.channel}`)}
                  </Text>
                </Table.Td>
                {showPerson ? <Table.Td>{name}</Table.Td> : null}
                <Table.Td>
                  <Text size="sm">{kind}</Text>
                  {r.details ? (
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                      {r.details}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <DataRequestDeadline request={r} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t(`media.dataRequests.statuses.${r.status}`)}</Text>
                  {r.resolvedAt ? (
                    <Text size="xs" c="dimmed">
                      {t('media.dataRequests.closedBy', { date: format.dateTime(r.resolvedAt), name: r.resolvedBy ?? '—' })}
                    </Text>
                  ) : null}
                  {r.resolution ? (
                    <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
                      {r.resolution}
                    </Text>
                  ) : null}
                </Table.Td>
                {onResolve ? (
                  <Table.Td>
                    {r.status === 'open' ? (
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => onResolve(r)}
                        aria-label={t('media.dataRequests.resolveLabel', { kind, name })}
                      >
                        {t('media.dataRequests.resolve')}
                      </Button>
                    ) : null}
                  </Table.Td>
                ) : null}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
