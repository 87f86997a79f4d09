import { Alert, Button, Group, NumberInput, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import { AppModal } from '../../../components/app-modal';
import { errorText } from '../../../lib/errors';
import { useCreateGoal } from '../api/performance';
import { applyPerfFieldErrors } from '../lib/text';

interface Values {
  code: string;
  statement: string;
  statementEn: string;
  sortOrder: number | string;
}

/** A new activity goal (SK) in the year. */
export function GoalForm({ year, nextOrder, onClose }: { year: number; nextOrder: number; onClose: () => void }) {
  const { t, lang } = useT();
  const create = useCreateGoal(year);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<Values>({ initialValues: { code: '', statement: '', statementEn: '', sortOrder: nextOrder } });

  const submit = async (values: Values) => {
    setError(null);
    try {
      const saved = await create.mutateAsync({
        code: values.code.trim(),
        statement: values.statement.trim(),
        statementEn: values.statementEn.trim() || null,
        sortOrder: Number(values.sortOrder) || 0,
      });
      notifications.show({ color: 'teal', message: t('performance.plan.goalCreated', { code: String(saved.code ?? values.code) }) });
      onClose();
    } catch (e) {
      applyPerfFieldErrors(form, e, lang);
      setError(e);
    }
  };

  return (
    <AppModal opened onClose={onClose} title={t('performance.plan.goalTitle')} size="lg">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('performance.plan.goalCode')}
            withAsterisk
            data-autofocus
            placeholder="SK10"
            {...form.getInputProps('code')}
          />
          <Textarea label={t('performance.plan.statement')} withAsterisk autosize minRows={2} {...form.getInputProps('statement')} />
          <Textarea label={t('performance.plan.statementEn')} autosize minRows={2} {...form.getInputProps('statementEn')} />
          <NumberInput
            label={t('performance.plan.order')}
            min={0}
            max={1000}
            allowDecimal={false}
            w={140}
            {...form.getInputProps('sortOrder')}
          />
          {error ? (
            <Alert color="red" role="alert" data-testid="form-error">
              {errorText(error, t)}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
