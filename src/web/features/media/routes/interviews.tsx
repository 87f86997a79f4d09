import { Anchor, Button, Card, Group, Pagination, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconExternalLink, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { todayIn } from '../../../../shared/format';
import { useT } from '../../../app/i18n';
import { useCan } from '../../../app/session';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { useFormat } from '../../../lib/format';
import { interviewsExportUrl, useInterviewSummary, useInterviews } from '../api/interviews';
import { ExportButtons } from '../components/export-buttons';
import { InterviewStatus } from '../components/interview-badges';
import { InterviewForm } from '../components/interview-form';
import { STATUS_KEYS } from '../lib/vocabulary';

const PAGE = 50;

/** Permohonan wawancara: the year's follow-up rate (IKK9, live), the requests, and recording one by hand. */
export default function InterviewsScreen() {
  const { t } = useT();
  const can = useCan();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const [adding, setAdding] = useState(false);
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text, 400);
  const thisYear = Number(todayIn().slice(0, 4));
  const year = Number(params.get('tahun')) || thisYear;
  const status = params.get('status') ?? '';
  const page = Math.max(1, Number(params.get('hal')) || 1);
  const summary = useInterviewSummary(year);
  const filters = { status, q, from: `${year}-01-01`, to: `${year}-12-31` };
  const list = useInterviews(filters, { limit: PAGE, offset: (page - 1) * PAGE });
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete('hal');
    setParams(next, { replace: true });
  };
  const s = summary.data;

  return (
    <>
      <PageHeader
        title={t('media.interviews.title')}
        intro={t('media.interviews.intro')}
        actions={
          <>
            <Button
              component="a"
              href="/wawancara"
              target="_blank"
              variant="default"
              leftSection={<IconExternalLink size={16} aria-hidden />}
            >
              {t('media.interviews.publicForm')}
            </Button>
            {can('media.interview.edit') ? (
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
                {t('media.interviews.add')}
              </Button>
            ) : null}
          </>
        }
      />
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Card withBorder>
            <Text size="sm" c="dimmed">
              {t('media.interviews.followup')} {year}
            </Text>
            <Title order={2} data-testid="followup-pct">
              {s?.followupPct === null || s?.followupPct === undefined ? '—' : format.percent(s.followupPct)}
            </Title>
            <Text size="xs" c="dimmed" data-testid="followup-count">
              {s ? t('media.interviews.followupValue', { done: format.number(s.fulfilled), all: format.number(s.received) }) : ''}
            </Text>
          </Card>
          <Card withBorder>
            <Text size="sm" c="dimmed">
              {t('media.interviews.open')}
            </Text>
            <Title order={2}>{s ? format.number(s.open) : '—'}</Title>
          </Card>
          <Card withBorder>
            <Text size="sm" c="dimmed">
              {t('media.interviews.median')}
            </Text>
            <Title order={2}>
              {s?.medianResponseHours === null || !s
                ? '—'
                : t('media.interviews.hours', { value: format.decimal(s.medianResponseHours, 1) })}
            </Title>
          </Card>
        </SimpleGrid>
        <Group align="flex-end">
          <Select
            label={t('media.interviews.year')}
            data={Array.from({ length: thisYear - 2014 }, (_, i) => String(thisYear - i))}
            value={String(year)}
            onChange={(v) => set('tahun', v)}
            allowDeselect={false}
            w={120}
          />
          <Select
            label={t('media.interviews.status')}
            data={[{ value: '', label: t('media.news.all') }, ...STATUS_KEYS.map((k) => ({ value: k, label: t(`media.status.${k}`) }))]}
            value={status}
            onChange={(v) => set('status', v)}
            allowDeselect={false}
            w={180}
          />
          <TextInput
            label={t('media.interviews.search')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            style={{ flex: '1 1 240px' }}
          />
          <ExportButtons url={(format) => interviewsExportUrl(filters, format)} />
        </Group>
        <QueryState query={list}>
          {() => (
            <>
              <Table.ScrollContainer minWidth={800}>
                <Table striped highlightOnHover data-testid="interviews-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('media.interviews.number')}</Table.Th>
                      <Table.Th>{t('media.interviews.received')}</Table.Th>
                      <Table.Th>{t('media.interviews.outlet')}</Table.Th>
                      <Table.Th>{t('media.interviews.topic')}</Table.Th>
                      <Table.Th>{t('media.interviews.status')}</Table.Th>
                      <Table.Th>{t('media.interviews.outcome')}</Table.Th>
                      <Table.Th>{t('media.interviews.response')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {list.data!.items.map((r) => (
                      <Table.Tr key={r.id}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          <Anchor component={Link} to={`/humas/wawancara/${r.id}`}>
                            {r.number}
                          </Anchor>
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(r.receivedAt)}</Table.Td>
                        <Table.Td>{r.outletName}</Table.Td>
                        <Table.Td>{r.topic}</Table.Td>
                        <Table.Td>
                          <InterviewStatus status={r.status} />
                        </Table.Td>
                        <Table.Td>{r.outcome ? t(`media.outcome.${r.outcome}`) : ''}</Table.Td>
                        <Table.Td>
                          {r.responseHours === null ? '' : t('media.interviews.hours', { value: format.decimal(r.responseHours, 1) })}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {list.data!.total > PAGE ? (
                <Pagination
                  total={Math.ceil(list.data!.total / PAGE)}
                  value={page}
                  onChange={(p) => setParams({ ...Object.fromEntries(params), hal: String(p) })}
                />
              ) : null}
            </>
          )}
        </QueryState>
      </Stack>
      <InterviewForm opened={adding} onClose={() => setAdding(false)} />
    </>
  );
}
