import { Alert, Button, Group, NumberInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import { AppModal } from '../../../components/app-modal';
import { errorText } from '../../../lib/errors';
import { useSetBudget } from '../api/performance';
import type { PlanIndicator } from '../api/plan-types';
import { numberFieldSeparators } from '../lib/format';
import { applyPerfFieldErrors } from '../lib/text';

interface Values {
  ceiling: number | string;
  realized: number | string;
  note: string;
}

/** The indicator's budget ceiling (pagu) and realization in whole rupiah, until the budget module feeds them. */
export function BudgetForm({ indicator, onClose }: { indicator: PlanIndicator; onClose: () => void }) {
  const { t, lang } = useT();
  const save = useSetBudget();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<Values>({
    initialValues: {
      ceiling: indicator.budget?.ceiling ?? '',
      realized: indicator.budget?.realized ?? '',
      note: indicator.budget?.note ?? '',
    },
    validate: {
      ceiling: (v) => (v === '' ? t('common.required') : null),
      realized: (v) => (v === '' ? t('common.required') : null),
    },
  });
  const money = { ...numberFieldSeparators(lang), prefix: 'Rp', allowDecimal: false, allowNegative: false, w: 260 } as const;

  const submit = async (values: Values) => {
    setError(null);
    try {
      await save.mutateAsync({
        id: indicator.id,
        body: { ceiling: Number(values.ceiling), realized: Number(values.realized), note: values.note.trim() || null },
      });
      notifications.show({ color: 'teal', message: t('performance.plan.budgetSaved', { code: indicator.code }) });
      onClose();
    } catch (e) {
      applyPerfFieldErrors(form, e, lang);
      setError(e);
    }
  };

  return (
    <AppModal opened onClose={onClose} title={t('performance.plan.budgetTitle', { code: indicator.code })}>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <NumberInput label={t('performance.ceiling')} withAsterisk data-autofocus {...money} {...form.getInputProps('ceiling')} />
          <NumberInput label={t('performance.spent')} withAsterisk {...money} {...form.getInputProps('realized')} />
          <TextInput label={t('performance.plan.budgetNote')} {...form.getInputProps('note')} />
          {error ? (
            <Alert color="red" role="alert" data-testid="form-error">
              {errorText(error, t)}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
