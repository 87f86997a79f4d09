import { Alert, Anchor, Badge, Button, Checkbox, Group, Kbd, Paper, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { TNewsFilters, TTone } from '../../../../shared/media';
import { useT } from '../../../app/i18n';
import { PageHeader } from '../../../components/page-header';
import { ErrorAlert, QueryState } from '../../../components/query-state';
import { LocalizedDates } from '../../../lib/dates';
import { useFormat } from '../../../lib/format';
import { useQueue, useSetTone } from '../api/news';
import { NewsFilters } from '../components/news-filters';
import { NewsTabs } from '../components/news-tabs';
import { TONE_COLORS, ToneBadge } from '../components/tone-badge';
import { TONE_KEYS } from '../lib/vocabulary';

const KEY_TONES: Record<string, TTone> = { '1': 'positive', '2': 'neutral', '3': 'negative' };
const FILTERS = ['from', 'to', 'outletId', 'mediaType', 'issue'] as const;

/** Keys typed in a field are the field's, not the queue's. */
function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/**
 * Pelabelan: the items without a tone, one per duplicate group, with the classifier's suggestion.
 * Made for the keyboard: move with ↑/↓ (or K/J), 1/2/3 set a tone, Enter takes the suggestion,
 * Space selects for the bulk actions. The list's filters (dates, outlet, media type, issue) narrow
 * it, say to one outlet's print items of last week.
 */
export default function QueueScreen() {
  const { t } = useT();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const filters: Partial<TNewsFilters> = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? undefined]).filter(([, v]) => v));
  const setFilter = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
    setCursor(0);
  };
  const queue = useQueue(100, filters);
  const setTone = useSetTone();
  const [done, setDone] = useState<Set<string>>(new Set());
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [cursor, setCursor] = useState(0);
  const [labelled, setLabelled] = useState(0);
  const items = useMemo(() => (queue.data?.items ?? []).filter((i) => !done.has(i.id)), [queue.data, done]);
  const current = items[Math.min(cursor, items.length - 1)];

  const apply = useCallback(
    (ids: string[], tone: TTone | 'accept') => {
      if (ids.length === 0) return;
      setDone((d) => new Set([...d, ...ids]));
      setSelected((s) => new Set([...s].filter((id) => !ids.includes(id))));
      setLabelled((n) => n + ids.length);
      setTone.mutate(tone === 'accept' ? { ids, accept: true } : { ids, tone });
    },
    [setTone],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (typing(event.target) || event.ctrlKey || event.metaKey || event.altKey || !current) return;
      const key = event.key;
      if (key === 'ArrowDown' || key === 'j') setCursor((c) => Math.min(c + 1, items.length - 1));
      else if (key === 'ArrowUp' || key === 'k') setCursor((c) => Math.max(c - 1, 0));
      else if (KEY_TONES[key]) apply([current.id], KEY_TONES[key]);
      else if (key === 'Enter' && current.suggestedTone) apply([current.id], 'accept');
      else if (key === ' ') {
        setSelected((s) => {
          const next = new Set(s);
          if (next.has(current.id)) next.delete(current.id);
          else next.add(current.id);
          return next;
        });
      } else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [current, items.length, apply]);

  // Keeps the current item in view as the cursor moves or items leave the queue.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the effect reads the DOM those values change
  useEffect(() => {
    document.querySelector('[data-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [cursor, items.length]);

  const chosen = items.filter((i) => selected.has(i.id)).map((i) => i.id);
  return (
    <>
      <PageHeader title={t('media.queue.title')} intro={t('media.queue.intro')} />
      <NewsTabs />
      <Stack gap="sm">
        <LocalizedDates>
          <NewsFilters params={{ get: (k) => params.get(k), set: setFilter }} />
        </LocalizedDates>
        <Text size="sm" c="dimmed">
          {t('media.queue.keys')}
        </Text>
        <Group gap="xs" wrap="wrap">
          <Badge variant="outline">{t('media.queue.selected', { count: chosen.length })}</Badge>
          <Button size="xs" variant="light" disabled={chosen.length === 0} onClick={() => apply(chosen, 'accept')}>
            {t('media.queue.acceptSelected')}
          </Button>
          {TONE_KEYS.map((tone) => (
            <Button
              key={tone}
              size="xs"
              variant="light"
              color={TONE_COLORS[tone]}
              disabled={chosen.length === 0}
              onClick={() => apply(chosen, tone)}
            >
              {t('media.queue.setSelected')}: {t(`media.tone.${tone}`)}
            </Button>
          ))}
        </Group>
        <Text role="status" aria-live="polite" size="sm" data-testid="labelled-count">
          {labelled ? t('media.queue.labelled', { count: labelled }) : ''}
        </Text>
        {setTone.isError ? <ErrorAlert error={setTone.error} /> : null}
        <QueryState query={queue}>
          {() =>
            items.length === 0 ? (
              <Alert color="teal">{t('media.queue.empty')}</Alert>
            ) : (
              <Stack gap={6} role="listbox" aria-label={t('media.queue.title')} data-testid="queue">
                {items.map((item, index) => {
                  const isCurrent = item.id === current?.id;
                  return (
                    <Paper
                      key={item.id}
                      withBorder
                      p="sm"
                      role="option"
                      aria-selected={isCurrent}
                      data-current={isCurrent}
                      data-testid="queue-item"
                      onClick={() => setCursor(index)}
                      style={{ borderColor: isCurrent ? 'var(--mantine-color-blue-6)' : undefined, borderWidth: isCurrent ? 2 : 1 }}
                    >
                      <Group justify="space-between" wrap="nowrap" align="flex-start">
                        <Group gap="sm" wrap="nowrap" align="flex-start">
                          <Checkbox
                            aria-label={`${t('media.queue.select')}: ${item.title}`}
                            checked={selected.has(item.id)}
                            onChange={() =>
                              setSelected((s) => (s.has(item.id) ? new Set([...s].filter((x) => x !== item.id)) : new Set([...s, item.id])))
                            }
                            tabIndex={-1}
                          />
                          <Stack gap={2}>
                            <Text fw={500}>
                              {item.url ? (
                                <Anchor href={item.url} target="_blank" rel="noopener noreferrer" inherit>
                                  {item.title}
                                </Anchor>
                              ) : (
                                item.title
                              )}
                            </Text>
                            <Text size="xs" c="dimmed">
                              {item.outletName} · {format.dateTime(item.publishedAt)}
                              {item.duplicates ? ` · +${item.duplicates}` : ''}
                            </Text>
                            {item.summary ? (
                              <Text size="sm" lineClamp={2}>
                                {item.summary}
                              </Text>
                            ) : null}
                          </Stack>
                        </Group>
                        <Stack gap={4} align="flex-end">
                          {item.suggestedTone ? (
                            <Group gap={4} wrap="nowrap">
                              <Text size="xs">{t('media.queue.suggestion')}:</Text>
                              <ToneBadge tone={item.suggestedTone} variant="outline" />
                              <Text size="xs" c="dimmed">
                                {t('media.queue.confidence', { value: format.percent((item.suggestedScore ?? 0) * 100, 0) })}
                              </Text>
                            </Group>
                          ) : null}
                          <Group gap={4} wrap="nowrap">
                            {TONE_KEYS.map((tone, k) => (
                              <Button
                                key={tone}
                                size="compact-xs"
                                variant="light"
                                color={TONE_COLORS[tone]}
                                onClick={() => apply([item.id], tone)}
                              >
                                <Kbd size="xs" mr={4}>
                                  {k + 1}
                                </Kbd>
                                {t(`media.tone.${tone}`)}
                              </Button>
                            ))}
                          </Group>
                        </Stack>
                      </Group>
                    </Paper>
                  );
                })}
              </Stack>
            )
          }
        </QueryState>
      </Stack>
    </>
  );
}
