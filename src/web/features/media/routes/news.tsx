import { ActionIcon, Anchor, Button, Pagination, Select, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconListDetails, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { TNewsFilters } from '../../../../shared/media';
import { useT } from '../../../app/i18n';
import { useCan } from '../../../app/session';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { LocalizedDates } from '../../../lib/dates';
import { useFormat } from '../../../lib/format';
import { newsExportUrl, useNews } from '../api/news';
import { ExportButtons } from '../components/export-buttons';
import { NewsDetail } from '../components/news-detail';
import { NewsFilters } from '../components/news-filters';
import { NewsForm } from '../components/news-form';
import { NewsTabs } from '../components/news-tabs';
import { ToneBadge } from '../components/tone-badge';
import { TONE_KEYS } from '../lib/vocabulary';

const PAGE = 50;
const FILTERS = ['from', 'to', 'outletId', 'mediaType', 'tone', 'issue', 'q'] as const;

/**
 * Pemberitaan: the news items, filtered by date, outlet, media type, tone, issue and text; exported as XLSX.
 * An item's details (and its corrections) open beside the list: `?berita=<id>`, so a link keeps them.
 */
export default function NewsScreen() {
  const { t } = useT();
  const can = useCan();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const [adding, setAdding] = useState(false);
  const [text, setText] = useState(params.get('q') ?? '');
  const [q] = useDebouncedValue(text, 400);
  const filters: Partial<TNewsFilters> = Object.fromEntries(
    FILTERS.map((k) => [k, k === 'q' ? q : (params.get(k) ?? undefined)]).filter(([, v]) => v),
  );
  const page = Math.max(1, Number(params.get('hal')) || 1);
  const news = useNews(filters, { limit: PAGE, offset: (page - 1) * PAGE });
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete('hal');
    setParams(next, { replace: true });
  };
  const total = news.data?.total ?? 0;
  const openItem = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set('berita', id);
    else next.delete('berita');
    setParams(next, { replace: true });
  };

  return (
    <LocalizedDates>
      <PageHeader
        title={t('media.news.title')}
        intro={t('media.news.intro')}
        actions={
          <>
            <ExportButtons url={(format) => newsExportUrl(filters, format)} />
            {can('media.news.edit') ? (
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
                {t('media.news.add')}
              </Button>
            ) : null}
          </>
        }
      />
      <NewsTabs />
      <Stack gap="md">
        <NewsFilters params={{ get: (k) => params.get(k), set }}>
          <Select
            label={t('media.news.tone')}
            data={[
              { value: '', label: t('media.news.all') },
              ...TONE_KEYS.map((k) => ({ value: k, label: t(`media.tone.${k}`) })),
              { value: 'none', label: t('media.tone.none') },
            ]}
            value={params.get('tone') ?? ''}
            onChange={(v) => set('tone', v)}
            allowDeselect={false}
            w={170}
          />
          <TextInput
            label={t('media.news.search')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            style={{ flex: '1 1 220px' }}
          />
        </NewsFilters>
        <QueryState query={news}>
          {() => (
            <>
              <Text size="sm" c="dimmed" role="status">
                {news.data!.totalCapped
                  ? t('media.news.totalCapped', { count: format.number(total) })
                  : t('media.news.total', { count: format.number(total) })}
              </Text>
              <Table.ScrollContainer minWidth={800}>
                <Table striped highlightOnHover data-testid="news-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('media.news.published')}</Table.Th>
                      <Table.Th>{t('media.news.headline')}</Table.Th>
                      <Table.Th>{t('media.news.outlet')}</Table.Th>
                      <Table.Th>{t('media.news.mediaType')}</Table.Th>
                      <Table.Th>{t('media.news.tone')}</Table.Th>
                      <Table.Th>{t('media.news.issue')}</Table.Th>
                      <Table.Th ta="right">{t('media.news.copies')}</Table.Th>
                      <Table.Th w={48}>
                        <VisuallyHidden>{t('media.news.detail')}</VisuallyHidden>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {news.data!.items.map((item) => (
                      <Table.Tr key={item.id}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(item.publishedAt)}</Table.Td>
                        <Table.Td>
                          {item.url ? (
                            <Anchor href={item.url} target="_blank" rel="noopener noreferrer">
                              {item.title}
                            </Anchor>
                          ) : (
                            item.title
                          )}
                        </Table.Td>
                        <Table.Td>{item.outletName}</Table.Td>
                        <Table.Td>{t(`media.mediaType.${item.mediaType}`)}</Table.Td>
                        <Table.Td>
                          <ToneBadge tone={item.tone} />
                        </Table.Td>
                        <Table.Td>{item.issues.join(', ')}</Table.Td>
                        <Table.Td ta="right">{item.duplicates || ''}</Table.Td>
                        <Table.Td>
                          <ActionIcon
                            variant="subtle"
                            aria-label={t('media.news.detailOf', { title: item.title })}
                            onClick={() => openItem(item.id)}
                          >
                            <IconListDetails size={18} aria-hidden />
                          </ActionIcon>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {total > PAGE ? (
                <Pagination
                  total={Math.ceil(total / PAGE)}
                  value={page}
                  onChange={(p) => {
                    const next = new URLSearchParams(params);
                    next.set('hal', String(p));
                    setParams(next);
                  }}
                  getControlProps={(control) => ({
                    'aria-label': control === 'previous' ? t('media.news.previous') : t('media.news.next'),
                  })}
                />
              ) : null}
            </>
          )}
        </QueryState>
      </Stack>
      <NewsForm opened={adding} onClose={() => setAdding(false)} />
      <NewsDetail id={params.get('berita')} onClose={() => openItem(null)} />
    </LocalizedDates>
  );
}
