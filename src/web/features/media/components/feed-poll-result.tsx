import { Alert, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { TFeed } from '../../../../shared/media';
import { type TFunction, useT } from '../../../app/i18n';
import { useFormat } from '../../../lib/format';

/**
 * Why a poll failed, in the user's language. The server logs the technical reason (Node's or the
 * parser's words, partly English); the common ones are explained here, the raw text stays shown
 * beside it as the technical detail.
 */
export function feedFailureReason(error: string, t: TFunction): string {
  const http = /HTTP (\d{3})/.exec(error);
  if (http) return t('media.feeds.reason.http', { status: http[1] });
  if (/ECONNREFUSED/i.test(error)) return t('media.feeds.reason.refused');
  if (/bad port/i.test(error)) return t('media.feeds.reason.badPort');
  if (/ENOTFOUND|EAI_AGAIN/i.test(error)) return t('media.feeds.reason.notFound');
  if (/waktu habis|timed out|ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT/i.test(error)) return t('media.feeds.reason.timeout');
  if (/bukan RSS atau Atom/i.test(error)) return t('media.feeds.reason.notFeed');
  if (/terpotong/i.test(error)) return t('media.feeds.reason.truncated');
  if (/terlalu besar/i.test(error)) return t('media.feeds.reason.tooLarge');
  if (/ECONNRESET|socket hang up|other side closed/i.test(error)) return t('media.feeds.reason.reset');
  if (/certificate|CERT_|SSL|TLS/i.test(error)) return t('media.feeds.reason.certificate');
  return t('media.feeds.reason.other');
}

/** The failure explained, then the server's own words. */
export function FeedFailureText({ error }: { error: string }) {
  const { t } = useT();
  return (
    <>
      <Text size="sm">{feedFailureReason(error, t)}</Text>
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {t('media.feeds.result.detail', { error })}
      </Text>
    </>
  );
}

export interface PollResult {
  status: 'ok' | 'error';
  itemsSeen: number;
  itemsAdded: number;
  error: string | null;
}

/** What "read now" gave: the counts, or the failure with when the scheduler tries again. */
export function FeedPollResult({ result, feed }: { result: PollResult; feed: TFeed }) {
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
        <FeedFailureText error={result.error ?? ''} />
        <Text size="sm">
          {feed.active ? t('media.feeds.result.retry', { next: format.dateTime(feed.nextPollAt) }) : t('media.feeds.result.retryInactive')}
        </Text>
      </Stack>
    </Alert>
  );
}
