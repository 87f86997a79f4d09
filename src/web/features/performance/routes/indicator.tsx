import { Alert, Button, Grid, Group, Paper, SegmentedControl, Stack, Text, Title, Input } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { type ReactNode, useId } from 'react';
import { Link, useParams } from 'react-router';
import type { IndicatorPage } from '../../../../server/modules/performance/queries/indicator-page';
import { useT } from '../../../app/i18n';
import { useCan } from '../../../app/session';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { useIndicatorPage } from '../api/performance';
import { DefinitionCard } from '../components/definition-card';
import { EvidenceList } from '../components/evidence-list';
import { HistoryList } from '../components/history-list';
import { IndicatorChart } from '../components/indicator-chart';
import { indicatorName } from '../components/indicator-tile';
import { PeriodsTable } from '../components/periods-table';
import { RealizationForm } from '../components/realization-form';
import { RecordsTable } from '../components/records-table';
import { WorkflowActions } from '../components/workflow-actions';
import { YearsCard } from '../components/years-card';
import { type PerfFormat, usePerfFormat } from '../lib/format';
import { PERIODS, useYearPeriod } from '../lib/periods';

function Card({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  const id = useId();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={id} data-testid={testId}>
      <Title order={2} size="h4" mb="sm" id={id}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** The period-specific part: the realization form, the approval buttons and the records counted. */
function PeriodWork({ page, period, format }: { page: IndicatorPage; period: number; format: PerfFormat }) {
  const { t } = useT();
  const can = useCan();
  const indicator = page.indicator;
  const evaluation = page.periods.find((p) => p.period === period)!;
  const realization = page.realizations.find((r) => r.period === period);
  const manual = indicator.source === 'manual';
  const editable = manual && can('performance.realization.edit') && evaluation.status !== 'approved' && evaluation.status !== 'submitted';
  return (
    <Stack gap="md">
      {manual ? null : (
        <Text size="sm" c="dimmed">
          {t('performance.entry.computedHint')}
        </Text>
      )}
      {evaluation.status === 'approved' ? (
        <Alert color="teal" variant="light" c="teal.9">
          {t('performance.entry.frozen')}
        </Alert>
      ) : null}
      {editable ? (
        <>
          <Text size="sm" c="dimmed">
            {t('performance.entry.intro')}
          </Text>
          {/* A new form per period, so that its fields start from that period's stored values. */}
          <RealizationForm key={period} page={page} period={period} realization={realization} format={format} />
        </>
      ) : null}
      <WorkflowActions
        indicatorId={indicator.id}
        source={indicator.source as 'computed' | 'manual'}
        period={period}
        status={evaluation.status}
        format={format}
      />
      {manual ? null : (
        <>
          <Title order={3} size="h5">
            {t('performance.indicator.recordsTitle')}
          </Title>
          <RecordsTable
            key={period}
            indicatorId={indicator.id}
            period={period}
            measure={indicator.measureLabel?.[format.lang] ?? indicator.measure ?? ''}
            format={format}
          />
        </>
      )}
    </Stack>
  );
}

/** Indikator: definition, periods, chart, evidence, drill-down, other years, advice, history; entry and approval. */
export default function IndicatorScreen() {
  const { id = '' } = useParams();
  const { t, lang } = useT();
  const format = usePerfFormat();
  const { period, set } = useYearPeriod();
  const query = useIndicatorPage(id);
  const periodLabel = useId();
  const page = query.data;
  const title = page ? `${page.indicator.code} — ${indicatorName(page.indicator, lang)}` : t('performance.dashboard.title');

  return (
    <>
      <PageHeader
        title={title}
        intro={page ? t('performance.periodOf', { period: t('performance.year'), year: page.indicator.year }) : undefined}
        actions={
          <Button
            component={Link}
            to={page ? `/kinerja?tahun=${page.indicator.year}${period ? `&periode=${period}` : ''}` : '/kinerja'}
            variant="default"
            leftSection={<IconArrowLeft size={16} aria-hidden />}
          >
            {t('performance.indicator.back')}
          </Button>
        }
      />
      <QueryState query={query}>
        {() =>
          page ? (
            <Stack gap="md">
              {/* Two rows of two: the table beside the definition, the chart beside the other years. */}
              <Grid gap="md">
                <Grid.Col span={{ base: 12, lg: 8 }}>
                  <Card title={t('performance.indicator.periodsTitle', { year: page.indicator.year })}>
                    <PeriodsTable page={page} format={format} />
                  </Card>
                </Grid.Col>
                <Grid.Col span={{ base: 12, lg: 4 }}>
                  <Card title={t('performance.indicator.definition')}>
                    <DefinitionCard page={page} format={format} />
                  </Card>
                </Grid.Col>
                <Grid.Col span={{ base: 12, lg: 7 }}>
                  <Card title={t('performance.indicator.chartTitle')}>
                    <IndicatorChart page={page} format={format} />
                  </Card>
                </Grid.Col>
                <Grid.Col span={{ base: 12, lg: 5 }}>
                  <Paper withBorder radius="md" p="md" h="100%">
                    <YearsCard page={page} format={format} />
                  </Paper>
                </Grid.Col>
              </Grid>
              <Card title={t('performance.indicator.evidenceTitle')}>
                <EvidenceList realizations={page.realizations} format={format} />
              </Card>
              <Card title={t('performance.entry.workflowTitle')} testId="period-work">
                <Group mb="md" gap="sm" align="center">
                  <Input.Label component="div" id={periodLabel}>
                    {t('performance.period')}
                  </Input.Label>
                  <SegmentedControl
                    aria-labelledby={periodLabel}
                    value={String(period)}
                    onChange={(value) => set({ period: Number(value) }, true)}
                    data={PERIODS.map((p) => ({ value: String(p), label: t(`performance.periods.p${p}`) }))}
                  />
                </Group>
                <PeriodWork page={page} period={period} format={format} />
              </Card>
              <Card title={t('performance.indicator.historyTitle')}>
                <HistoryList history={page.history} format={format} />
              </Card>
            </Stack>
          ) : null
        }
      </QueryState>
    </>
  );
}
