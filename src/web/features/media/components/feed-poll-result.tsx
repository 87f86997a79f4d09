import { Alert, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { TFeed, TFeedFailure, TFeedPollResult } from '../../../../shared/media';
import { type TFunction, useT } from '../../../app/i18n';
import { useFormat } from '../../../lib/format';

/**
 * Why a poll failed, in the user's language: the server classifies the failure from the error
 * itself (`errorKind`); its technical text stays shown beside it as the detail.
 */
export function feedFailureReason(kind: TFeedFailure | null, error: string, t: TFunction): string {
  if (kind === 'http') return t('media.feeds.reason.http', { status: /HTTP (\d{3})/.exec(error)?.[1] ?? '?' });
  return t(`media.feeds.reason.${kind ?? 'other'}`);
}

/** The failure explained, then the server's own words. */
export function FeedFailureText({ kind, error }: { kind: TFeedFailure | null; error: string }) {
  const { t } = useT();
  return (
    <>
      <Text size="sm">{feedFailureReason(kind, error, t)}</Text>
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {t('media.feeds.result.detail', { error })}
      </Text>
    </>
  );
}

/** What "read now" gave: the counts, or the failure with when the scheduler tries again. */
export function FeedPollResult({ result, feed }: { result: TFeedPollResult; feed: TFeed }) {
  const { t } = useT();
  const format = useFormat();
  if (result.status === 'ok')
    return (
      <Alert color="teal" icon={<IconCircleCheck aria-hidden />} title={t('media.feeds.result.okTitle')} data-testid="poll-result">
        {t('media.feeds.result.ok', { seen: format.number(result.itemsSeen), added: format.number(result.itemsAdded) })}
      </Alert>
    );
  return (
    <Alert
      color="red"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('media.feeds.result.errorTitle')}
      data-testid="poll-result"
      role="alert"
    >
      <Stack gap={4}>
        <FeedFailureText kind={result.errorKind} error={result.error ?? ''} />
        <Text size="sm">
          {feed.active ? t('media.feeds.result.retry', { next: format.dateTime(feed.nextPollAt) }) : t('media.feeds.result.retryInactive')}
        </Text>
      </Stack>
    </Alert>
  );
}
