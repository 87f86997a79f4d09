import { Alert, Anchor, Badge, Button, Card, Grid, Group, NavLink, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCopy, IconDownload, IconSettings } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import type { TDigest } from '../../../../shared/media';
import { useT } from '../../../app/i18n';
import { useCan } from '../../../app/session';
import { PageHeader } from '../../../components/page-header';
import { ErrorAlert, QueryState } from '../../../components/query-state';
import { useFormat } from '../../../lib/format';
import { alertSentence } from '../components/alert-sentence';
import { digestExportUrl, useAcknowledge, useAlerts, useDigests, useMakeDigest } from '../api/digests';
import { ToneBadge } from '../components/tone-badge';

/** Ringkasan berita: the digests (negative items first), their WhatsApp text, Word and PDF, and the open alerts. */
export default function DigestsScreen() {
  const { t } = useT();
  const can = useCan();
  const format = useFormat();
  const digests = useDigests();
  const alerts = useAlerts(true);
  const make = useMakeDigest();
  const acknowledge = useAcknowledge();
  const [params, setParams] = useSearchParams();
  const items = digests.data?.items ?? [];
  const selected = items.find((d) => d.id === params.get('id')) ?? items[0];

  return (
    <>
      <PageHeader
        title={t('media.digest.title')}
        intro={t('media.digest.intro')}
        actions={
          <>
            {can('media.settings.edit') ? (
              <Button
                component={Link}
                to="/humas/ringkasan/pengaturan"
                variant="default"
                leftSection={<IconSettings size={16} aria-hidden />}
              >
                {t('media.feeds.settings.open')}
              </Button>
            ) : null}
            {can('media.digest.send') ? (
              <Button
                loading={make.isPending}
                onClick={async () => {
                  const d = await make.mutateAsync();
                  setParams({ id: d.id });
                  notifications.show({ color: 'teal', message: t('media.digest.made') });
                }}
              >
                {t('media.digest.makeNow')}
              </Button>
            ) : null}
          </>
        }
      />
      {make.isError ? <ErrorAlert error={make.error} /> : null}
      <Stack gap="md">
        {alerts.data?.items.length ? (
          <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title={t('media.digest.openAlerts')} data-testid="open-alerts">
            <Stack gap={4}>
              {alerts.data.items.slice(0, 8).map((a) => (
                <Group key={a.id} justify="space-between" wrap="nowrap">
                  <Text size="sm">
                    {format.date(a.date)} — {alertSentence(a, t, format)}
                  </Text>
                  {can('media.news.edit') ? (
                    <Button size="compact-xs" variant="white" onClick={() => acknowledge.mutate(a.id)}>
                      {t('media.digest.acknowledge')}
                    </Button>
                  ) : null}
                </Group>
              ))}
            </Stack>
          </Alert>
        ) : null}
        <QueryState query={digests}>
          {() =>
            !selected ? (
              <Alert>{t('media.digest.none')}</Alert>
            ) : (
              <Grid>
                <Grid.Col span={{ base: 12, md: 3 }}>
                  <Card withBorder p={0}>
                    <ScrollArea h={640}>
                      {items.map((d) => (
                        <NavLink
                          key={d.id}
                          active={d.id === selected.id}
                          label={format.dateTime(d.slot)}
                          description={`${t(`media.digest.kind.${d.kind}`)} · ${format.number(d.content.total)}`}
                          onClick={() => setParams({ id: d.id })}
                        />
                      ))}
                    </ScrollArea>
                  </Card>
                </Grid.Col>
                <Grid.Col span={{ base: 12, md: 9 }}>
                  <DigestView digest={selected} />
                </Grid.Col>
              </Grid>
            )
          }
        </QueryState>
      </Stack>
    </>
  );
}

function DigestView({ digest }: { digest: TDigest }) {
  const { t } = useT();
  const format = useFormat();
  const c = digest.content;
  const copy = async () => {
    const text = await (await fetch(digestExportUrl(digest.id, 'txt'), { credentials: 'same-origin' })).text();
    await navigator.clipboard.writeText(text);
    notifications.show({ color: 'teal', message: t('media.digest.copied') });
  };
  return (
    <Card withBorder data-testid="digest">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Stack gap={0}>
            <Title order={2} size="h3">
              {format.dateTime(digest.slot)}
            </Title>
            <Text size="sm" c="dimmed">
              {t('media.digest.window', { from: format.dateTime(c.windowFrom), to: format.dateTime(c.windowTo) })}
              {digest.emailedAt ? ` · ${t('media.digest.emailed', { count: digest.emailedTo })}` : ''}
            </Text>
          </Stack>
          <Group gap="xs">
            <Button size="xs" variant="light" leftSection={<IconCopy size={14} aria-hidden />} onClick={copy}>
              {t('media.digest.copyText')}
            </Button>
            <Button
              size="xs"
              variant="default"
              component="a"
              href={digestExportUrl(digest.id, 'docx')}
              leftSection={<IconDownload size={14} aria-hidden />}
            >
              {t('media.digest.docx')}
            </Button>
            <Button
              size="xs"
              variant="default"
              component="a"
              href={digestExportUrl(digest.id, 'pdf')}
              leftSection={<IconDownload size={14} aria-hidden />}
            >
              {t('media.digest.pdf')}
            </Button>
          </Group>
        </Group>
        <Group gap="xs">
          <Badge size="lg" variant="filled">
            {t('media.digest.total')}: {format.number(c.total)}
          </Badge>
          {(['positive', 'neutral', 'negative'] as const).map((k) => (
            <Badge key={k} size="lg" variant="light" color={k === 'negative' ? 'red' : k === 'positive' ? 'teal' : 'gray'}>
              {t(`media.tone.${k}`)}: {format.number(c.byTone[k])}
            </Badge>
          ))}
          {(['online', 'print', 'electronic'] as const).map((g) => (
            <Badge key={g} size="lg" variant="outline">
              {t(`media.group.${g}`)}: {format.number(c.byMediaGroup[g])}
            </Badge>
          ))}
        </Group>
        <Title order={3} size="h5">
          {t('media.digest.alerts')}
        </Title>
        {c.alerts.length ? (
          c.alerts.map((a) => (
            <Text key={`${a.date}${a.kind}${a.subject}`} size="sm" c="orange.9">
              ⚠{' '}
              {a.kind === 'negative'
                ? t('media.digest.alertNegative', { count: a.count, threshold: a.threshold })
                : t('media.digest.alertIssue', { subject: a.subject, count: a.count, threshold: a.threshold })}
            </Text>
          ))
        ) : (
          <Text size="sm" c="dimmed">
            {t('media.digest.noAlerts')}
          </Text>
        )}
        {c.negative.length ? <Items title={t('media.digest.negative')} items={c.negative} /> : null}
        {c.rising.length ? (
          <>
            <Title order={3} size="h5">
              {t('media.digest.rising')}
            </Title>
            {c.rising.map((r) => (
              <Text key={r.issue} size="sm">
                {r.issue}: {format.number(r.count)} ({t('media.digest.usually', { value: format.decimal(r.usual, 1) })})
              </Text>
            ))}
          </>
        ) : null}
        <Items title={t('media.digest.latest')} items={c.latest} />
      </Stack>
    </Card>
  );
}

function Items({ title, items }: { title: string; items: TDigest['content']['latest'] }) {
  const format = useFormat();
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {title}
      </Title>
      {items.map((i) => (
        <Group key={i.id} gap="xs" wrap="nowrap" align="flex-start">
          <ToneBadge tone={i.tone} />
          <Text size="sm">
            {i.url ? (
              <Anchor href={i.url} target="_blank" rel="noopener noreferrer" inherit>
                {i.title}
              </Anchor>
            ) : (
              i.title
            )}{' '}
            <Text span c="dimmed" size="xs">
              — {i.outlet}, {format.dateTime(i.publishedAt)}
            </Text>
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
