import { Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../../../app/i18n';
import { useFormat } from '../../../lib/format';
import { GradeBadge } from './status-badge';
import type { SurveyResults } from './types';

function Tile({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {label}
        </Text>
        {children}
      </Stack>
    </Paper>
  );
}

/** The headline: the index and its grade (or the mean rating), respondents, sample progress, the year before. */
export function ResultsSummary({ results }: { results: SurveyResults }) {
  const { t } = useT();
  const format = useFormat();
  const internal = results.survey.kind === 'internal';
  const headline = internal ? results.meanRating : results.ikm;
  const sample = results.sample;
  const previousValue = internal ? results.previous?.meanRating : results.previous?.ikm;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
      <Tile label={internal ? t('surveys.detail.meanRating') : t('surveys.detail.ikm')} testId="survey-ikm">
        <Text fz={32} fw={700} lh={1.1} data-testid="survey-ikm-value">
          {headline === null ? t('common.none') : format.decimal(headline, 2)}
        </Text>
        {internal ? null : <GradeBadge grade={results.quality} label={results.performance} />}
      </Tile>
      <Tile label={t('surveys.detail.respondents')} testId="survey-respondents">
        <Text fz={24} fw={700}>
          {format.number(results.respondents)}
        </Text>
        <Text size="xs" c="dimmed">
          {t('surveys.detail.respondentsText', { n: format.number(results.respondents), responses: format.number(results.responses) })}
        </Text>
      </Tile>
      <Tile label={t('surveys.detail.sample')}>
        {sample.krejcieMorgan && sample.progressPct !== null ? (
          <>
            <Progress value={Math.min(100, sample.progressPct)} aria-label={t('surveys.detail.sample')} />
            <Text size="xs">
              {t('surveys.detail.sampleText', {
                collected: format.number(results.responses),
                required: format.number(sample.krejcieMorgan),
                pct: format.percent(sample.progressPct, 1),
                slovin: format.number(sample.slovin ?? 0),
              })}
            </Text>
          </>
        ) : (
          <Text size="xs" c="dimmed">
            {t('surveys.detail.noSample')}
          </Text>
        )}
      </Tile>
      <Tile label={t('surveys.detail.previous')} testId="survey-previous">
        {results.previous && previousValue !== null && previousValue !== undefined ? (
          <Text size="sm">
            {t('surveys.detail.previousText', {
              year: results.previous.year,
              value: format.decimal(previousValue, 2),
              quality: results.previous.quality ?? t('common.none'),
            })}
          </Text>
        ) : (
          <Text size="xs" c="dimmed">
            {t('surveys.detail.noPrevious')}
          </Text>
        )}
      </Tile>
    </SimpleGrid>
  );
}
