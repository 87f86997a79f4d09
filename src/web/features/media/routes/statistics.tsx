import { Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { formatMonth, todayIn } from '../../../../shared/format';
import type { TNewsStatistics } from '../../../../shared/media';
import { useT } from '../../../app/i18n';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { useFormat } from '../../../lib/format';
import { statisticsXlsxUrl, useStatistics } from '../api/news';
import { EChart } from '../components/echart';
import { NewsTabs } from '../components/news-tabs';

const COLORS = { positive: '#0b7a5c', neutral: '#868e96', negative: '#c92a2a' };

/** Statistik: tone per month (the 2021 report's table), media types, top issues and outlets, prominent issues. */
export default function StatisticsScreen() {
  const { t, lang } = useT();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(todayIn().slice(0, 4));
  const year = Number(params.get('tahun')) || 2021;
  const month = Number(params.get('bulan')) || null;
  const stats = useStatistics(year, month);
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const years = Array.from({ length: thisYear - 2014 }, (_, i) => String(thisYear - i));

  return (
    <>
      <PageHeader
        title={t('media.stats.title')}
        actions={
          <Button
            component="a"
            href={statisticsXlsxUrl(year, month)}
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            {t('media.stats.download')}
          </Button>
        }
      />
      <NewsTabs />
      <Stack gap="md">
        <Group>
          <Select
            label={t('media.stats.year')}
            data={years}
            value={String(year)}
            onChange={(v) => set('tahun', v)}
            allowDeselect={false}
            w={120}
          />
          <Select
            label={t('media.stats.month')}
            data={[
              { value: '', label: t('media.stats.allMonths') },
              ...Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: formatMonth(i + 1, lang) })),
            ]}
            value={month ? String(month) : ''}
            onChange={(v) => set('bulan', v || null)}
            allowDeselect={false}
            w={170}
          />
        </Group>
        <QueryState query={stats}>{() => <Figures stats={stats.data!} />}</QueryState>
      </Stack>
    </>
  );
}

function Figures({ stats }: { stats: TNewsStatistics }) {
  const { t, lang } = useT();
  const format = useFormat();
  const months = stats.byMonth.map((m) => formatMonth(m.month, lang).slice(0, 3));
  const toneChart = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => format.number(v) } },
      animation: false,
      series: (['positive', 'neutral', 'negative'] as const).map((k) => ({
        name: t(`media.tone.${k}`),
        type: 'bar',
        stack: 'tone',
        itemStyle: { color: COLORS[k] },
        data: stats.byMonth.map((m) => m[k]),
      })),
    }),
    [stats, months, t, format],
  );
  const typeChart = useMemo(
    () => ({
      tooltip: { trigger: 'item' },
      animation: false,
      series: [
        {
          type: 'pie',
          radius: ['40%', '70%'],
          data: stats.byMediaGroup.map((g) => ({ name: t(`media.group.${g.group}`), value: g.count })),
        },
      ],
    }),
    [stats, t],
  );
  const sum = (k: 'positive' | 'neutral' | 'negative' | 'untoned' | 'total') => stats.byMonth.reduce((a, m) => a + m[k], 0);
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Card withBorder>
          <Text size="sm" c="dimmed">
            {t('media.stats.quality')}
          </Text>
          <Title order={2} data-testid="quality">
            {stats.qualityPct === null ? '—' : format.percent(stats.qualityPct)}
          </Title>
          <Text size="xs" c="dimmed">
            {t('media.stats.qualityHint')}
          </Text>
        </Card>
        {(['positive', 'negative'] as const).map((k) => (
          <Card withBorder key={k}>
            <Text size="sm" c="dimmed">
              {t(`media.tone.${k}`)}
            </Text>
            <Title order={2}>{format.number(stats.totals[k])}</Title>
            <Text size="xs" c="dimmed">
              {t('media.stats.total')} {format.number(stats.totals.all)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Card withBorder style={{ gridColumn: 'span 2' }}>
          <Title order={3} size="h4">
            {t('media.stats.perMonth')}
          </Title>
          <EChart option={toneChart} label={t('media.stats.perMonth')} testId="tone-chart" />
        </Card>
        <Card withBorder>
          <Title order={3} size="h4">
            {t('media.stats.byType')}
          </Title>
          <EChart option={typeChart} label={t('media.stats.byType')} height={260} />
          {stats.byMediaGroup.map((g) => (
            <Text key={g.group} size="sm">
              {t(`media.group.${g.group}`)}: {format.number(g.count)} ({format.percent(g.pct)})
            </Text>
          ))}
        </Card>
      </SimpleGrid>
      <Card withBorder>
        <Title order={3} size="h4" mb="xs">
          {t('media.stats.perMonth')}
        </Title>
        <Table.ScrollContainer minWidth={600}>
          <Table striped data-testid="tone-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('media.stats.month')}</Table.Th>
                {(['positive', 'neutral', 'negative'] as const).map((k) => (
                  <Table.Th key={k} ta="right">
                    {t(`media.tone.${k}`)}
                  </Table.Th>
                ))}
                <Table.Th ta="right">{t('media.stats.untoned')}</Table.Th>
                <Table.Th ta="right">{t('media.stats.total')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {stats.byMonth.map((m) => (
                <Table.Tr key={m.month}>
                  <Table.Td>{formatMonth(m.month, lang)}</Table.Td>
                  <Table.Td ta="right">{format.number(m.positive)}</Table.Td>
                  <Table.Td ta="right">{format.number(m.neutral)}</Table.Td>
                  <Table.Td ta="right">{format.number(m.negative)}</Table.Td>
                  <Table.Td ta="right">{format.number(m.untoned)}</Table.Td>
                  <Table.Td ta="right">{format.number(m.total)}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr fw={700}>
                <Table.Td>{stats.year}</Table.Td>
                {(['positive', 'neutral', 'negative', 'untoned', 'total'] as const).map((k) => (
                  <Table.Td key={k} ta="right">
                    {format.number(sum(k))}
                  </Table.Td>
                ))}
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Card withBorder>
          <Title order={3} size="h4" mb="xs">
            {t('media.stats.topIssues')}
          </Title>
          <Table>
            <Table.Tbody>
              {stats.topIssues.map((i) => (
                <Table.Tr key={i.issue}>
                  <Table.Td>{i.issue}</Table.Td>
                  <Table.Td ta="right">{format.number(i.count)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
        <Card withBorder>
          <Title order={3} size="h4" mb="xs">
            {t('media.stats.topOutlets')}
          </Title>
          <Table>
            <Table.Tbody>
              {stats.topOutlets.map((o) => (
                <Table.Tr key={o.outletId}>
                  <Table.Td>{o.name}</Table.Td>
                  <Table.Td ta="right">{format.number(o.count)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
        <Card withBorder>
          <Title order={3} size="h4" mb="xs">
            {t('media.stats.prominent')}
          </Title>
          <Table>
            <Table.Tbody>
              {stats.prominentIssues
                .filter((p) => p.issues.length)
                .map((p) => (
                  <Table.Tr key={p.month}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatMonth(p.month, lang)}</Table.Td>
                    <Table.Td>{p.issues.map((i) => i.issue).join('; ')}</Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
