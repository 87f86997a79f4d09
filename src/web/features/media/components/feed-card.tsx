import { Alert, Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconList, IconPencil, IconRefresh } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import type { TFeed } from '../../../../shared/media';
import { useT } from '../../../app/i18n';
import { useCan } from '../../../app/session';
import { ErrorAlert } from '../../../components/query-state';
import { useFormat } from '../../../lib/format';
import { useFeedPolls, usePollFeed } from '../api/feeds';
import { FeedPollLog } from './feed-poll-log';
import { FeedFailureText, FeedPollResult } from './feed-poll-result';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </Stack>
  );
}

/** One feed: where it reads, its keywords, how its last read went, and (for managers) "read now" and edit. */
export function FeedCard({ feed, onEdit }: { feed: TFeed; onEdit: () => void }) {
  const { t } = useT();
  const can = useCan();
  const format = useFormat();
  const poll = usePollFeed();
  const [logOpen, setLogOpen] = useState(false);
  // The log also gives the last read's counts; a feed never read has none to ask for.
  const polls = useFeedPolls(feed.id, logOpen || feed.lastPolledAt !== null);
  const last = polls.data?.[0];
  const state = feed.lastPolledAt === null ? 'never' : feed.lastError ? 'error' : 'ok';
  const manage = can('media.feeds.manage');

  return (
    <Card withBorder data-testid="feed" aria-label={feed.name} component="article">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={2} style={{ flex: '1 1 240px', minWidth: 0 }}>
            <Title order={2} size="h4">
              {feed.name}
            </Title>
            <Anchor href={feed.url} target="_blank" rel="noopener noreferrer" size="sm" style={{ overflowWrap: 'anywhere' }}>
              {feed.url}
            </Anchor>
          </Stack>
          <Group gap={6}>
            <Badge variant="light" color={feed.active ? 'blue' : 'gray'}>
              {feed.active ? t('media.feeds.active') : t('media.feeds.inactive')}
            </Badge>
            <Badge variant="light" color={state === 'ok' ? 'teal' : state === 'error' ? 'red' : 'gray'} data-testid="feed-state">
              {t(`media.feeds.state.${state}`)}
            </Badge>
          </Group>
        </Group>
        <Group gap={6}>
          <Text size="xs" c="dimmed">
            {t('media.feeds.ownKeywords')}:
          </Text>
          {feed.keywords.length ? (
            feed.keywords.map((k) => (
              <Badge key={k} variant="outline" tt="none">
                {k}
              </Badge>
            ))
          ) : (
            <Text size="xs">{t('media.feeds.usesDefaults')}</Text>
          )}
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm">
          <Fact label={t('media.feeds.lastPolled')}>{feed.lastPolledAt ? format.dateTime(feed.lastPolledAt) : t('media.feeds.never')}</Fact>
          <Fact label={t('media.feeds.lastResult')}>
            {last?.status === 'ok'
              ? t('media.feeds.lastResultCounts', { seen: format.number(last.itemsSeen), added: format.number(last.itemsAdded) })
              : last
                ? t('media.feeds.state.error')
                : '—'}
          </Fact>
          <Fact label={t('media.feeds.lastSuccess')}>
            {feed.lastSuccessAt ? format.dateTime(feed.lastSuccessAt) : t('media.feeds.never')}
          </Fact>
          <Fact label={t('media.feeds.nextPoll')}>{feed.active ? format.dateTime(feed.nextPollAt) : t('media.feeds.notScheduled')}</Fact>
          <Fact label={t('media.feeds.interval')}>
            {t('media.feeds.every', { minutes: format.number(feed.intervalMinutes) })}
            {feed.outletName ? ` · ${feed.outletName}` : ''}
          </Fact>
        </SimpleGrid>
        {poll.data ? (
          <FeedPollResult result={poll.data} feed={feed} />
        ) : feed.lastError ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} data-testid="feed-error">
            <Stack gap={4}>
              <FeedFailureText kind={feed.lastErrorKind} error={feed.lastError} />
              <Text size="sm">
                {feed.active
                  ? t('media.feeds.failing', { count: feed.consecutiveFailures, next: format.dateTime(feed.nextPollAt) })
                  : t('media.feeds.failingInactive', { count: feed.consecutiveFailures })}
              </Text>
            </Stack>
          </Alert>
        ) : null}
        {poll.isError ? <ErrorAlert error={poll.error} /> : null}
        <Group gap="xs">
          {manage ? (
            <>
              <Button
                size="xs"
                leftSection={<IconRefresh size={14} aria-hidden />}
                loading={poll.isPending}
                onClick={() => poll.mutate(feed.id)}
              >
                {t('media.feeds.pollNow')}
              </Button>
              <Button size="xs" variant="default" leftSection={<IconPencil size={14} aria-hidden />} onClick={onEdit}>
                {t('media.feeds.edit')}
              </Button>
            </>
          ) : null}
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconList size={14} aria-hidden />}
            onClick={() => setLogOpen((o) => !o)}
            aria-expanded={logOpen}
          >
            {logOpen ? t('media.feeds.hideLog') : t('media.feeds.showLog')}
          </Button>
        </Group>
        {logOpen ? <FeedPollLog name={feed.name} polls={polls} /> : null}
      </Stack>
    </Card>
  );
}
