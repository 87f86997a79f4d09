import { Anchor, Button, Drawer, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import type { TNewsItem } from '../../../../shared/media';
import { useT } from '../../../app/i18n';
import { useCan } from '../../../app/session';
import { ErrorAlert, QueryState } from '../../../components/query-state';
import { useFormat } from '../../../lib/format';
import { useNewsItem, useSetTone } from '../api/news';
import { TONE_KEYS } from '../lib/vocabulary';
import { NewsForm } from './news-form';
import { ToneBadge } from './tone-badge';

/**
 * One news item on a side panel: every field, where its tone came from, its suggestion, and the
 * other items of its duplicate group. Staff correct its tone here (a labelled item is no longer
 * in the queue) and its fields through the form.
 */
export function NewsDetail({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useT();
  const item = useNewsItem(id);
  return (
    <Drawer opened={id !== null} onClose={onClose} position="right" size="lg" title={t('media.news.detailTitle')}>
      {id ? <QueryState query={item}>{() => <ItemBody item={item.data!} />}</QueryState> : null}
    </Drawer>
  );
}

function ItemBody({ item }: { item: TNewsItem & { group: TNewsItem[] } }) {
  const { t } = useT();
  const can = useCan();
  const format = useFormat();
  const setTone = useSetTone();
  const [editing, setEditing] = useState(false);
  const editable = can('media.news.edit');
  const changeTone = async (tone: string) => {
    await setTone.mutateAsync({ ids: [item.id], tone: tone as 'positive' });
    notifications.show({ color: 'teal', message: t('media.news.toneSaved') });
  };
  const rows: [string, ReactNode][] = [
    [t('media.news.published'), format.dateTime(item.publishedAt)],
    [t('media.news.outlet'), `${item.outletName} · ${t(`media.mediaType.${item.mediaType}`)}`],
    [
      t('media.news.url'),
      item.url ? (
        <Anchor key="url" href={item.url} target="_blank" rel="noopener noreferrer" style={{ overflowWrap: 'anywhere' }}>
          {item.url}
        </Anchor>
      ) : null,
    ],
    [t('media.news.journalist'), item.journalist],
    [t('media.news.issue'), item.issues.join(', ')],
    [t('media.news.commodities'), item.commodities.map((c) => t(`media.commodity.${c as 'obat'}`)).join(', ')],
    [t('media.news.spokespersonsShort'), item.spokespersons.join(', ')],
    [t('media.news.region'), item.region],
    [t('media.news.source'), t(`media.news.sources.${item.source as 'manual'}`)],
  ];
  return (
    <Stack gap="md">
      <Title order={3} size="h4">
        {item.title}
      </Title>
      {item.summary ? <Text size="sm">{item.summary}</Text> : null}
      <Table variant="vertical" layout="fixed" withTableBorder>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={150}>{label}</Table.Th>
              <Table.Td>{value || '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Stack gap={6}>
        <Group gap="xs">
          <Text fw={600} size="sm">
            {t('media.news.tone')}
          </Text>
          <ToneBadge tone={item.tone} />
        </Group>
        <Text size="sm" c="dimmed" data-testid="tone-provenance">
          {item.tone
            ? t(item.toneOrigin === 'import' ? 'media.news.toneFromImport' : 'media.news.toneFromStaff', {
                at: item.toneSetAt ? format.dateTime(item.toneSetAt) : '—',
              })
            : t('media.news.toneNotSet')}
          {item.suggestedTone
            ? ` ${t('media.news.suggested', {
                tone: t(`media.tone.${item.suggestedTone}`),
                score: format.percent((item.suggestedScore ?? 0) * 100, 0),
              })}${item.suggestionAccepted === null ? '' : ` ${t(item.suggestionAccepted ? 'media.news.suggestionTaken' : 'media.news.suggestionOverruled')}`}`
            : ''}
        </Text>
        {editable && !item.duplicateOfId ? (
          <SegmentedControl
            aria-label={t('media.news.setTone')}
            value={item.tone ?? ''}
            onChange={changeTone}
            disabled={setTone.isPending}
            data={TONE_KEYS.map((k) => ({ value: k, label: t(`media.tone.${k}`) }))}
          />
        ) : null}
        {setTone.isError ? <ErrorAlert error={setTone.error} /> : null}
        {item.duplicateOfId ? (
          <Text size="sm" c="dimmed">
            {t('media.news.isCopy')}
          </Text>
        ) : null}
      </Stack>
      {item.group.length > 0 ? (
        <Stack gap={6}>
          <Text fw={600} size="sm">
            {t('media.news.groupTitle', { count: item.group.length })}
          </Text>
          {item.group.map((g) => (
            <Text key={g.id} size="sm">
              {format.dateTime(g.publishedAt)} · {g.outletName} — {g.title}
              {g.duplicateOfId ? '' : ` (${t('media.news.counted')})`}
            </Text>
          ))}
        </Stack>
      ) : null}
      {editable ? (
        <Group>
          <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
            {t('media.news.edit')}
          </Button>
        </Group>
      ) : null}
      {editing ? <NewsForm key={item.id} opened onClose={() => setEditing(false)} item={item} /> : null}
    </Stack>
  );
}
