import { Stack, Table, Text, Title } from '@mantine/core';
import { useT } from '../../../app/i18n';
import { QueryState } from '../../../components/query-state';
import { useFormat } from '../../../lib/format';
import type { useFeedPolls } from '../api/feeds';
import { FeedFailureText } from './feed-poll-result';

/** A feed's poll log, newest first: when, what it found, or why it failed. */
export function FeedPollLog({ name, polls }: { name: string; polls: ReturnType<typeof useFeedPolls> }) {
  const { t } = useT();
  const format = useFormat();
  return (
    <Stack gap="xs" data-testid="feed-log">
      <Title order={3} size="h5">
        {t('media.feeds.log.title', { name })}
      </Title>
      <QueryState query={polls}>
        {() =>
          polls.data!.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('media.feeds.log.empty')}
            </Text>
          ) : (
            <>
              <Table.ScrollContainer minWidth={860}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('media.feeds.log.at')}</Table.Th>
                      <Table.Th>{t('media.feeds.log.status')}</Table.Th>
                      <Table.Th ta="right">{t('media.feeds.log.seen')}</Table.Th>
                      <Table.Th ta="right">{t('media.feeds.log.added')}</Table.Th>
                      <Table.Th ta="right">{t('media.feeds.log.duration')}</Table.Th>
                      <Table.Th>{t('media.feeds.log.error')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {polls.data!.map((p) => (
                      <Table.Tr key={p.id}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(p.at)}</Table.Td>
                        <Table.Td>
                          <Text size="sm" fw={600} c={p.status === 'ok' ? 'teal.8' : 'red.8'}>
                            {t(`media.feeds.state.${p.status}`)}
                          </Text>
                        </Table.Td>
                        <Table.Td ta="right">{format.number(p.itemsSeen)}</Table.Td>
                        <Table.Td ta="right">{format.number(p.itemsAdded)}</Table.Td>
                        <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                          {t('media.feeds.log.seconds', { value: format.decimal(p.durationMs / 1000, 1) })}
                        </Table.Td>
                        <Table.Td miw={280}>{p.error ? <FeedFailureText kind={p.errorKind} error={p.error} /> : '—'}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {polls.data!.length >= 100 ? (
                <Text size="xs" c="dimmed">
                  {t('media.feeds.log.limit')}
                </Text>
              ) : null}
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
