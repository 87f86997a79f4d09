import { Anchor, Button, Group, Menu, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconDownload, IconEdit, IconLock } from '@tabler/icons-react';
import { type ReactNode, useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useT } from '../../../app/i18n';
import { PageHeader } from '../../../components/page-header';
import { ErrorAlert, QueryState } from '../../../components/query-state';
import { useFormat } from '../../../lib/format';
import { downloadUrls, useCloseSurvey, useResults, useSurvey } from '../api/surveys';
import { BreakdownCard } from '../components/breakdown-card';
import { CartesianChart } from '../components/cartesian-chart';
import { ElementTable } from '../components/element-table';
import { ImportCard } from '../components/import-card';
import { ResultsSummary } from '../components/results-summary';
import { ShareCard } from '../components/share-card';
import { SurveyStatusBadge } from '../components/status-badge';
import type { SurveyDetail } from '../components/types';
import { textIn } from '../lib/text';

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

/** Choice questions of the current questionnaire, demographic ones first: what a breakdown can follow. */
function choiceQuestions(survey: SurveyDetail, lang: 'id' | 'en') {
  const current = survey.versions.find((v) => v.version === survey.currentVersion)?.questionnaire;
  const questions = current?.sections.flatMap((s) => s.questions) ?? [];
  return questions
    .filter((q) => q.type === 'single' || q.type === 'multiple')
    .sort((a, b) => Number('demographic' in b && b.demographic) - Number('demographic' in a && a.demographic))
    .map((q) => ({ code: q.code, text: textIn(q.text, lang) }));
}

/** A survey: its index and every element, the Cartesian diagram, breakdowns, the link, downloads. */
export default function SurveyScreen() {
  const { id = '' } = useParams();
  const { t, lang } = useT();
  const format = useFormat();
  const survey = useSurvey(id);
  const [chosen, setChosen] = useState<string | null>(null);
  // Until the user picks one, the breakdown follows the first demographic question.
  const by = chosen ?? (survey.data ? (choiceQuestions(survey.data, lang)[0]?.code ?? null) : null);
  const results = useResults(id, by);
  const close = useCloseSurvey(id);
  const urls = downloadUrls(id);

  return (
    <QueryState query={survey}>
      {() => {
        const s = survey.data!;
        const canManage = s.permissions.manage;
        return (
          <>
            <Anchor component={Link} to="/survei" size="sm">
              <Group gap={4}>
                <IconArrowLeft size={14} aria-hidden />
                {t('surveys.detail.back')}
              </Group>
            </Anchor>
            <PageHeader
              title={s.title}
              intro={`${s.code} · ${t(`surveys.kinds.${s.kind}`)} · ${t('surveys.detail.period', { from: format.date(s.opensOn), to: format.date(s.closesOn) })} · ${t('surveys.detail.version', { version: s.currentVersion })}`}
              actions={
                <>
                  <SurveyStatusBadge status={s.status} />
                  {s.permissions.export ? (
                    <Menu position="bottom-end">
                      <Menu.Target>
                        <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} data-testid="downloads">
                          {t('surveys.detail.downloads')}
                        </Button>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item component="a" href={urls.computation} download data-testid="download-computation">
                          {t('surveys.detail.computation')}
                        </Menu.Item>
                        <Menu.Item component="a" href={urls.xlsx} download>
                          {t('surveys.detail.responsesXlsx')}
                        </Menu.Item>
                        <Menu.Item component="a" href={urls.csv} download>
                          {t('surveys.detail.responsesCsv')}
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  ) : null}
                  {canManage ? (
                    <Button
                      component={Link}
                      to={`/survei/${s.id}/kuesioner`}
                      variant="default"
                      leftSection={<IconEdit size={16} aria-hidden />}
                    >
                      {t('surveys.detail.editQuestionnaire')}
                    </Button>
                  ) : null}
                  {canManage && s.status !== 'closed' ? (
                    <Button
                      variant="light"
                      color="red"
                      leftSection={<IconLock size={16} aria-hidden />}
                      loading={close.isPending}
                      onClick={() => window.confirm(t('surveys.detail.closeConfirm')) && close.mutate()}
                    >
                      {t('surveys.detail.close')}
                    </Button>
                  ) : null}
                </>
              }
            />
            {close.isError ? <ErrorAlert error={close.error} /> : null}
            <QueryState query={results}>
              {() => {
                const r = results.data!;
                return (
                  <Stack gap="lg">
                    <ResultsSummary results={r} />
                    <Card title={t('surveys.detail.distribution')}>
                      <ShareCard survey={s} canManage={canManage} />
                    </Card>
                    {r.responses === 0 ? (
                      <Text c="dimmed">{t('surveys.detail.noResponses')}</Text>
                    ) : (
                      <>
                        <Card title={t('surveys.elements.title')} testId="elements-card">
                          <ElementTable results={r} />
                        </Card>
                        {s.kind === 'ikm' ? (
                          <Card title={t('surveys.chart.title')}>
                            <CartesianChart results={r} />
                          </Card>
                        ) : null}
                        <Card title={t('surveys.breakdown.title')}>
                          <BreakdownCard results={r} questions={choiceQuestions(s, lang)} by={by} onBy={setChosen} />
                        </Card>
                      </>
                    )}
                    {canManage ? (
                      <Card title={t('surveys.import.title')}>
                        <ImportCard surveyId={s.id} />
                      </Card>
                    ) : null}
                  </Stack>
                );
              }}
            </QueryState>
          </>
        );
      }}
    </QueryState>
  );
}
