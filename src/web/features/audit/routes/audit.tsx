import { Anchor, Button, Center, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { uiStrings } from '../../../../shared/i18n/ui';
import { useT } from '../../../app/i18n';
import { useCan } from '../../../app/session';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { LocalizedDates } from '../../../lib/dates';
import { useFormat } from '../../../lib/format';
import { type AuditFilters as Filters, auditExportUrl, useAuditTrail } from '../api/audit';
import { AuditEntryDetails } from '../components/audit-entry-details';
import { AuditFilters } from '../components/audit-filters';

/** Jejak audit: the hash-chained trail with filters, details and XLSX/CSV export. */
export default function AuditPage() {
  const { t, lang } = useT();
  const can = useCan();
  const format = useFormat();
  const [filters, setFilters] = useState<Filters>({});
  const [details, setDetails] = useState<number | null>(null);
  const trail = useAuditTrail(filters);
  const entries = trail.data?.pages.flatMap((page) => page.items) ?? [];
  const strings = uiStrings[lang].audit;
  const actionLabel = (action: string) => (strings.actions as Record<string, string>)[action] ?? action;
  const entityLabel = (entity: string) => (strings.entities as Record<string, string>)[entity] ?? entity;

  const canExport = can('audit.export');
  return (
    <LocalizedDates>
      <PageHeader
        title={t('audit.title')}
        intro={t('audit.intro')}
        actions={
          canExport ? (
            <>
              <Button
                component="a"
                href={auditExportUrl(filters, 'xlsx')}
                download
                leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
                data-testid="audit-export"
              >
                {t('audit.export')}
              </Button>
              <Button component="a" href={auditExportUrl(filters, 'csv')} download variant="default">
                {t('audit.exportCsv')}
              </Button>
            </>
          ) : null
        }
      />
      <Stack gap="md">
        <AuditFilters
          filters={filters}
          onChange={setFilters}
          seenActions={[...new Set(entries.map((e) => e.action))]}
          seenEntities={[...new Set(entries.map((e) => e.entityType))]}
        />
        <QueryState query={trail}>
          {() =>
            entries.length === 0 ? (
              <Text c="dimmed">{t('common.empty')}</Text>
            ) : (
              <Paper withBorder radius="md">
                <Table.ScrollContainer minWidth={860}>
                  <Table striped highlightOnHover verticalSpacing="xs" data-testid="audit-table">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('audit.at')}</Table.Th>
                        <Table.Th scope="col">{t('audit.actor')}</Table.Th>
                        <Table.Th scope="col">{t('audit.action')}</Table.Th>
                        <Table.Th scope="col">{t('audit.entityType')}</Table.Th>
                        <Table.Th scope="col">{t('audit.record')}</Table.Th>
                        <Table.Th scope="col">{t('audit.ip')}</Table.Th>
                        <Table.Th scope="col">{t('audit.details')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {entries.map((entry) => (
                        <Table.Tr key={entry.id} data-action={entry.action} data-entity={entry.entityType}>
                          <Table.Td>
                            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                              {format.dateTime(entry.at)}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm">{entry.actorLabel ?? t('audit.system')}</Text>
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm">{actionLabel(entry.action)}</Text>
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm">{entityLabel(entry.entityType)}</Text>
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm" ff="monospace" title={entry.entityId ?? undefined}>
                              {entry.record ?? entry.entityId?.slice(0, 8) ?? t('common.none')}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm">{entry.ip ?? t('common.none')}</Text>
                          </Table.Td>
                          <Table.Td>
                            <Anchor component="button" type="button" size="sm" onClick={() => setDetails(entry.id)}>
                              {`#${entry.id}`}
                            </Anchor>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Paper>
            )
          }
        </QueryState>
        <Group justify="space-between">
          <Text size="sm" c="dimmed" role="status">
            {entries.length ? t('common.showing', { count: entries.length }) : ''}
          </Text>
          {trail.hasNextPage ? (
            <Center>
              <Button variant="default" onClick={() => trail.fetchNextPage()} loading={trail.isFetchingNextPage}>
                {t('common.loadMore')}
              </Button>
            </Center>
          ) : null}
        </Group>
      </Stack>
      {details !== null ? <AuditEntryDetails id={details} onClose={() => setDetails(null)} /> : null}
    </LocalizedDates>
  );
}
