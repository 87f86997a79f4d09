import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCopy, IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useT } from '../../../app/i18n';
import { useCan } from '../../../app/session';
import { AppModal } from '../../../components/app-modal';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { errorText } from '../../../lib/errors';
import { useCopyPlan, usePlan, usePlanYears } from '../api/performance';
import { BudgetForm } from '../components/budget-form';
import { GoalForm } from '../components/goal-form';
import { IndicatorForm } from '../components/indicator-form';
import { type PlanDialog, PlanGoalCard } from '../components/plan-goal';
import { TargetsForm } from '../components/targets-form';
import { YearPeriodPicker } from '../components/year-period-picker';
import { usePerfFormat } from '../lib/format';
import { defaultYear, useYearPeriod, yearOptions } from '../lib/periods';

/** The copy-from-last-year confirmation, with the server's refusal (the year is not empty, say). */
function CopyDialog({ year, onClose }: { year: number; onClose: () => void }) {
  const { t } = useT();
  const copy = useCopyPlan();
  const run = async () => {
    try {
      const result = await copy.mutateAsync(year);
      notifications.show({ color: 'teal', message: t('performance.plan.copied', { ...result, year: year - 1 }) });
      onClose();
    } catch {
      // Shown below from the mutation's state.
    }
  };
  return (
    <AppModal opened onClose={onClose} title={t('performance.plan.copy', { year: year - 1 })}>
      <Stack gap="md">
        <Text size="sm">{t('performance.plan.copyConfirm', { from: year - 1, to: year })}</Text>
        {copy.error ? (
          <Alert color="red" role="alert" data-testid="form-error">
            {errorText(copy.error, t)}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={run} loading={copy.isPending} data-autofocus>
            {t('performance.plan.copy', { year: year - 1 })}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}

/** Rencana kinerja: goals and indicators of a year, with targets and budget, and copy from last year. */
export default function PlanScreen() {
  const { t } = useT();
  const can = useCan();
  const format = usePerfFormat();
  const { year, set } = useYearPeriod();
  const years = usePlanYears();
  useEffect(() => {
    if (year === null && years.data) set({ year: defaultYear(years.data) }, true);
  }, [year, years.data, set]);
  const plan = usePlan(year);
  const [dialog, setDialog] = useState<PlanDialog | 'goal' | 'copy' | null>(null);

  return (
    <>
      <PageHeader
        title={t('performance.plan.title')}
        intro={t('performance.plan.intro')}
        actions={
          year !== null ? (
            <>
              <Button variant="default" leftSection={<IconCopy size={16} aria-hidden />} onClick={() => setDialog('copy')}>
                {t('performance.plan.copy', { year: year - 1 })}
              </Button>
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setDialog('goal')}>
                {t('performance.plan.addGoal')}
              </Button>
            </>
          ) : null
        }
      />
      <Stack gap="lg">
        {year !== null ? (
          <YearPeriodPicker year={year} years={yearOptions(years.data ?? [], year, true)} withPeriod={false} onChange={set} />
        ) : null}
        <QueryState query={year === null ? years : plan}>
          {() => {
            const data = plan.data;
            if (!data || year === null) return null;
            if (data.goals.length === 0)
              return (
                <Alert color="gray" variant="light">
                  {t('performance.plan.empty', { year })}
                </Alert>
              );
            return (
              <Stack gap="md" data-testid="plan">
                {data.goals.map((goal) => (
                  <PlanGoalCard
                    key={goal.id}
                    goal={goal}
                    indicators={data.indicators.filter((i) => i.goalId === goal.id)}
                    format={format}
                    canBudget={can('performance.budget.edit')}
                    onOpen={setDialog}
                  />
                ))}
              </Stack>
            );
          }}
        </QueryState>
      </Stack>
      {year !== null && dialog === 'copy' ? <CopyDialog year={year} onClose={() => setDialog(null)} /> : null}
      {year !== null && dialog === 'goal' ? (
        <GoalForm year={year} nextOrder={plan.data?.goals.length ?? 0} onClose={() => setDialog(null)} />
      ) : null}
      {plan.data && dialog && typeof dialog === 'object' ? (
        dialog.kind === 'indicator' ? (
          <IndicatorForm plan={plan.data} goalId={dialog.goalId} indicator={dialog.indicator} onClose={() => setDialog(null)} />
        ) : dialog.kind === 'targets' ? (
          <TargetsForm indicator={dialog.indicator} onClose={() => setDialog(null)} />
        ) : (
          <BudgetForm indicator={dialog.indicator} onClose={() => setDialog(null)} />
        )
      ) : null}
    </>
  );
}
