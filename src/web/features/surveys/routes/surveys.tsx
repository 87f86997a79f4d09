import { Button, Group, Select, Stack, Tabs, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import { todayIn } from '../../../../shared/format';
import { useT } from '../../../app/i18n';
import { useCan } from '../../../app/session';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { useStudies, useSurveys } from '../api/surveys';
import { InternalTable } from '../components/internal-table';
import { StudiesTable } from '../components/studies-table';
import { SurveysTable } from '../components/surveys-table';

const TABS = ['surveys', 'studies', 'internal'] as const;
type Tab = (typeof TABS)[number];

/** Survei: the surveys with their progress, the pollsters' studies, and internal satisfaction by quarter. */
export default function SurveysScreen() {
  const { t } = useT();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.includes(params.get('tab') as Tab) ? (params.get('tab') as Tab) : 'surveys';
  const yearParam = Number(params.get('tahun'));
  const year = Number.isInteger(yearParam) && yearParam >= 2000 ? yearParam : null;
  const surveys = useSurveys(year);
  const studies = useStudies(year);
  const thisYear = Number(todayIn().slice(0, 4));
  const years = [...new Set([thisYear, ...(surveys.data?.items.map((s) => s.year) ?? []), ...(year ? [year] : [])])].sort((a, b) => b - a);
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  // Internal satisfaction is per year: the chosen one, else the latest with a survey.
  const internalYear = year ?? surveys.data?.items.find((s) => s.kind === 'internal')?.year ?? thisYear;

  return (
    <>
      <PageHeader
        title={t('surveys.title')}
        intro={t('surveys.intro')}
        actions={
          can('surveys.manage') ? (
            <Button component={Link} to="/survei/baru" leftSection={<IconPlus size={16} aria-hidden />} data-testid="new-survey">
              {t('surveys.newSurvey')}
            </Button>
          ) : null
        }
      />
      <Stack gap="md">
        <Group>
          <Select
            label={t('surveys.year')}
            data={[{ value: '', label: t('surveys.allYears') }, ...years.map((y) => ({ value: String(y), label: String(y) }))]}
            value={year ? String(year) : ''}
            onChange={(v) => set('tahun', v || null)}
            allowDeselect={false}
            w={180}
          />
        </Group>
        <Tabs value={tab} onChange={(v) => set('tab', v === 'surveys' ? null : v)} keepMounted={false}>
          <Tabs.List>
            {TABS.map((key) => (
              <Tabs.Tab key={key} value={key}>
                {t(`surveys.tabs.${key}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="surveys" pt="md">
            <QueryState query={surveys}>{() => <SurveysTable items={surveys.data!.items} />}</QueryState>
          </Tabs.Panel>
          <Tabs.Panel value="studies" pt="md">
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t('surveys.studies.intro')}
              </Text>
              <QueryState query={studies}>{() => <StudiesTable items={studies.data!.items} />}</QueryState>
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="internal" pt="md">
            <InternalTable year={internalYear} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </>
  );
}
