import { Alert, Anchor, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useT } from '../../../app/i18n';
import { usePageTitle } from '../../../components/page-header';
import { ErrorAlert } from '../../../components/query-state';
import { ApiError } from '../../../lib/api';
import { useFormat } from '../../../lib/format';
import { usePublicStatus } from '../api/interviews';
import { InterviewStatus } from '../components/interview-badges';
import { PublicFrame } from '../components/public-frame';

/** A request's status by its tracking code, without an account. Its text is shown as text. */
export default function PublicStatusPage() {
  const { code = '' } = useParams();
  const { t } = useT();
  usePageTitle(t('media.public.statusTitle'));
  const format = useFormat();
  const navigate = useNavigate();
  const [typed, setTyped] = useState(code);
  const status = usePublicStatus(code);
  const s = status.data;
  return (
    <PublicFrame>
      <Stack gap="md">
        <Title order={1} size="h2">
          {t('media.public.statusTitle')}
        </Title>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (typed.trim()) navigate(`/wawancara/status/${encodeURIComponent(typed.trim())}`);
          }}
        >
          {/* The code in a fixed-width font and wide enough to be read whole: on a phone the button goes below. */}
          <Group align="flex-end">
            <TextInput
              label={t('media.public.code')}
              value={typed}
              onChange={(e) => setTyped(e.currentTarget.value)}
              style={{ flex: 1, minWidth: 290 }}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              maxLength={60}
            />
            <Button type="submit">{t('media.public.check')}</Button>
          </Group>
        </form>
        {status.isError ? (
          status.error instanceof ApiError && status.error.status === 404 ? (
            <Alert color="red" role="alert">
              {t('media.public.notFound')}
            </Alert>
          ) : (
            <ErrorAlert error={status.error} />
          )
        ) : null}
        {s ? (
          <Stack gap="xs" data-testid="public-status">
            <Group>
              <Text fw={700}>{s.number}</Text>
              <InterviewStatus status={s.status} />
            </Group>
            <Text>{s.topic}</Text>
            <Text size="sm" c="dimmed">
              {s.outletName} · {t('media.public.receivedOn', { date: format.dateTime(s.receivedAt) })}
            </Text>
            {s.outcome ? (
              <Text>
                {t(`media.outcome.${s.outcome}`)}
                {s.declineReason ? ` — ${t(`media.declineReason.${s.declineReason}`)}` : ''}
              </Text>
            ) : null}
            {s.respondedAt ? <Text size="sm">{t('media.public.answeredOn', { date: format.dateTime(s.respondedAt) })}</Text> : null}
            {s.link ? (
              <Anchor href={s.link} target="_blank" rel="noopener noreferrer">
                {t('media.public.answerLink')}
              </Anchor>
            ) : null}
          </Stack>
        ) : null}
        <Anchor component={Link} to="/wawancara" size="sm">
          {t('media.public.newRequest')}
        </Anchor>
      </Stack>
    </PublicFrame>
  );
}
