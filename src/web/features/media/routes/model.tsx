import { Alert, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useT } from '../../../app/i18n';
import { useCan } from '../../../app/session';
import { PageHeader } from '../../../components/page-header';
import { ErrorAlert, QueryState } from '../../../components/query-state';
import { useFormat } from '../../../lib/format';
import { useRetrain, useToneModel } from '../api/news';
import { NewsTabs } from '../components/news-tabs';
import { TONE_KEYS } from '../lib/vocabulary';

/** The tone model page: the active model's scores on held-out confirmed items, its confusion matrix, its history. */
export default function ModelScreen() {
  const { t } = useT();
  const can = useCan();
  const format = useFormat();
  const model = useToneModel();
  const retrain = useRetrain();
  const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : format.percent(v * 100));
  const run = async () => {
    const result = await retrain.mutateAsync();
    notifications.show({
      color: result.trained ? 'teal' : 'yellow',
      message: result.trained
        ? t('media.model.retrained', { accuracy: pct(result.accuracy), f1: pct(result.macroF1) })
        : t('media.model.notTrained', { count: format.number(model.data?.labels.confirmed ?? 0) }),
    });
  };
  return (
    <>
      <PageHeader
        title={t('media.model.title')}
        intro={t('media.model.intro')}
        actions={
          can('media.tone.retrain') ? (
            <Button onClick={run} loading={retrain.isPending}>
              {t('media.model.retrain')}
            </Button>
          ) : null
        }
      />
      <NewsTabs />
      {retrain.isError ? <ErrorAlert error={retrain.error} /> : null}
      <QueryState query={model}>
        {() => {
          const data = model.data!;
          const active = data.active;
          return (
            <Stack gap="md">
              <SimpleGrid cols={{ base: 1, sm: 4 }}>
                <Card withBorder>
                  <Text size="sm" c="dimmed">
                    {t('media.model.accuracy')}
                  </Text>
                  <Title order={2}>{pct(active?.accuracy)}</Title>
                </Card>
                <Card withBorder>
                  <Text size="sm" c="dimmed">
                    {t('media.model.macroF1')}
                  </Text>
                  <Title order={2}>{pct(active?.macroF1)}</Title>
                </Card>
                <Card withBorder>
                  <Text size="sm" c="dimmed">
                    {t('media.model.labels')}
                  </Text>
                  <Title order={2}>{format.number(data.labels.confirmed)}</Title>
                </Card>
                <Card withBorder>
                  <Text size="sm" c="dimmed">
                    {t('media.model.accepted')}
                  </Text>
                  <Title order={2}>
                    {data.suggestions.shown ? format.percent((data.suggestions.accepted / data.suggestions.shown) * 100) : '—'}
                  </Title>
                </Card>
              </SimpleGrid>
              {!active ? (
                <Alert color="blue" data-testid="model-none">
                  {data.labels.confirmed >= data.labels.minimum
                    ? // Labels enough (the demo has tens of thousands): say when the model comes, not only the rule.
                      `${t('media.model.noneReady', { count: format.number(data.labels.confirmed) })}${
                        can('media.tone.retrain') ? ` ${t('media.model.trainNow')}` : ''
                      }`
                    : t('media.model.none', { minimum: format.number(data.labels.minimum) })}
                </Alert>
              ) : (
                <>
                  <Text size="sm" c="dimmed">
                    {t('media.model.trainedAt')} {format.dateTime(active.trainedAt)} ·{' '}
                    {t('media.model.items', { train: format.number(active.trainItems), test: format.number(active.testItems) })} ·{' '}
                    {t('media.model.lexicon')}: {pct(active.lexicon.accuracy)} / {pct(active.lexicon.macroF1)}
                  </Text>
                  <SimpleGrid cols={{ base: 1, md: 2 }}>
                    <Card withBorder>
                      <Title order={3} size="h4" mb="xs">
                        {t('media.model.perClass')}
                      </Title>
                      <Table>
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th />
                            <Table.Th ta="right">{t('media.model.precision')}</Table.Th>
                            <Table.Th ta="right">{t('media.model.recall')}</Table.Th>
                            <Table.Th ta="right">{t('media.model.f1')}</Table.Th>
                            <Table.Th ta="right">{t('media.model.support')}</Table.Th>
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {TONE_KEYS.map((k) => (
                            <Table.Tr key={k}>
                              <Table.Td>{t(`media.tone.${k}`)}</Table.Td>
                              <Table.Td ta="right">{pct(active.perClass[k]?.precision)}</Table.Td>
                              <Table.Td ta="right">{pct(active.perClass[k]?.recall)}</Table.Td>
                              <Table.Td ta="right">{pct(active.perClass[k]?.f1)}</Table.Td>
                              <Table.Td ta="right">{format.number(active.perClass[k]?.support ?? 0)}</Table.Td>
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    </Card>
                    <Card withBorder>
                      <Title order={3} size="h4" mb="xs">
                        {t('media.model.confusion')}
                      </Title>
                      <Table data-testid="confusion">
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th />
                            {TONE_KEYS.map((k) => (
                              <Table.Th key={k} ta="right">
                                {t(`media.tone.${k}`)}
                              </Table.Th>
                            ))}
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {active.confusion.map((row, i) => (
                            <Table.Tr key={TONE_KEYS[i]}>
                              <Table.Th>{t(`media.tone.${TONE_KEYS[i]!}`)}</Table.Th>
                              {row.map((n, j) => (
                                <Table.Td key={TONE_KEYS[j]} ta="right" fw={i === j ? 700 : undefined}>
                                  {format.number(n)}
                                </Table.Td>
                              ))}
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    </Card>
                  </SimpleGrid>
                </>
              )}
              {data.history.length > 1 ? (
                <Card withBorder>
                  <Title order={3} size="h4" mb="xs">
                    {t('media.model.history')}
                  </Title>
                  <Group gap="lg">
                    {data.history.map((h) => (
                      <Text key={h.id} size="sm">
                        {format.date(h.trainedAt)}: {pct(h.accuracy)} / {pct(h.macroF1)}
                      </Text>
                    ))}
                  </Group>
                </Card>
              ) : null}
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}
