import { ActionIcon, Button, Group, Paper, Stack, Table, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconCoin, IconPencil, IconPlus, IconTarget } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useT } from '../../../app/i18n';
import type { PlanGoal, PlanIndicator } from '../api/plan-types';
import type { PerfFormat } from '../lib/format';
import { SourceBadge } from './badges';
import { indicatorName } from './indicator-tile';

export type PlanDialog =
  | { kind: 'indicator'; goalId: string | null; indicator: PlanIndicator | null }
  | { kind: 'targets' | 'budget'; indicator: PlanIndicator };

const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** One goal (SK) and its indicators with their targets and budget, each editable in a dialog. */
export function PlanGoalCard({
  goal,
  indicators,
  format,
  canBudget,
  onOpen,
}: {
  goal: PlanGoal;
  indicators: PlanIndicator[];
  format: PerfFormat;
  canBudget: boolean;
  onOpen: (dialog: PlanDialog) => void;
}) {
  const { t, lang } = useT();
  const statement = lang === 'en' && goal.statementEn ? goal.statementEn : goal.statement;
  const action = (label: string, icon: ReactNode, onClick: () => void) => (
    <Tooltip label={label}>
      <ActionIcon variant="subtle" aria-label={label} onClick={onClick}>
        {icon}
      </ActionIcon>
    </Tooltip>
  );
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={`${goal.code} — ${statement}`} data-goal={goal.code}>
      <Group justify="space-between" align="flex-start" gap="sm" mb="sm">
        <Stack gap={2} style={{ flex: '1 1 400px' }}>
          <Title order={2} size="h5">
            {goal.code}
          </Title>
          <Text size="sm">{statement}</Text>
        </Stack>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => onOpen({ kind: 'indicator', goalId: goal.id, indicator: null })}
          aria-label={t('performance.plan.addIndicatorTo', { code: goal.code })}
        >
          {t('performance.plan.addIndicator')}
        </Button>
      </Group>
      {indicators.length === 0 ? null : (
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing={6} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('performance.plan.code')}</Table.Th>
                <Table.Th scope="col">{t('performance.plan.name')}</Table.Th>
                <Table.Th scope="col">{t('performance.source')}</Table.Th>
                <Table.Th scope="col" ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {t('performance.plan.targetYear')}
                </Table.Th>
                <Table.Th scope="col" ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {t('performance.plan.targetQuarters')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('performance.budget')}
                </Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {indicators.map((indicator) => {
                const quarters = (['1', '2', '3', '4'] as const).map((p) => indicator.targets[p]);
                return (
                  <Table.Tr key={indicator.id} data-indicator={indicator.code}>
                    <Table.Td fw={700} style={{ whiteSpace: 'nowrap' }}>
                      {indicator.code}
                    </Table.Td>
                    <Table.Td miw={200}>
                      <Text size="sm" lineClamp={2} title={indicatorName(indicator, lang)}>
                        {indicatorName(indicator, lang)}
                      </Text>
                      <Text size="xs" c="dimmed">{`${t('performance.unit')}: ${indicator.unit}`}</Text>
                    </Table.Td>
                    <Table.Td>
                      <SourceBadge source={indicator.source === 'measure' ? 'computed' : 'manual'} />
                    </Table.Td>
                    <Table.Td ta="right" style={num} fw={600}>
                      {format.value(indicator.targets['0'], indicator)}
                    </Table.Td>
                    <Table.Td ta="right" style={quarters.every((q) => q === undefined) ? undefined : num}>
                      {quarters.every((q) => q === undefined) ? (
                        <Text size="xs" c="dimmed">
                          {t(`performance.plan.quarterRuleShort.${indicator.quarterlyRule}`)}
                        </Text>
                      ) : (
                        quarters.map((q) => format.value(q, indicator)).join(' · ')
                      )}
                    </Table.Td>
                    <Table.Td ta="right" style={num}>
                      <Text size="sm">{`${t('performance.ceiling')} ${format.money(indicator.budget?.ceiling)}`}</Text>
                      <Text size="xs" c="dimmed">{`${t('performance.plan.spentShort')} ${format.money(indicator.budget?.realized)}`}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={2} wrap="nowrap">
                        {action(t('performance.plan.editDefinition', { code: indicator.code }), <IconPencil size={18} aria-hidden />, () =>
                          onOpen({ kind: 'indicator', goalId: indicator.goalId, indicator }),
                        )}
                        {action(t('performance.plan.editTargets', { code: indicator.code }), <IconTarget size={18} aria-hidden />, () =>
                          onOpen({ kind: 'targets', indicator }),
                        )}
                        {canBudget
                          ? action(t('performance.plan.editBudget', { code: indicator.code }), <IconCoin size={18} aria-hidden />, () =>
                              onOpen({ kind: 'budget', indicator }),
                            )
                          : null}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
