import { Alert, Button, Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import { AppModal } from '../../../components/app-modal';
import { errorText } from '../../../lib/errors';
import { useSetTargets } from '../api/performance';
import type { PlanIndicator } from '../api/plan-types';
import { numberFieldSeparators, usePerfFormat } from '../lib/format';
import { applyPerfFieldErrors } from '../lib/text';

type Field = number | string;
interface Values {
  year: Field;
  quarters: [Field, Field, Field, Field];
}

const toNumber = (v: Field): number | null => (v === '' || v === null ? null : Number(v));

/** The annual target and, optionally, each quarter's (empty: the rule of the indicator applies). */
export function TargetsForm({ indicator, onClose }: { indicator: PlanIndicator; onClose: () => void }) {
  const { t, lang } = useT();
  const format = usePerfFormat();
  const save = useSetTargets();
  const [error, setError] = useState<unknown>(null);
  const q = (n: 1 | 2 | 3 | 4) => indicator.targets[String(n) as '1'] ?? '';
  const form = useForm<Values>({ initialValues: { year: indicator.targets['0'] ?? '', quarters: [q(1), q(2), q(3), q(4)] } });
  const separators = numberFieldSeparators(lang);

  const submit = async (values: Values) => {
    setError(null);
    const year = toNumber(values.year);
    if (year === null) {
      form.setFieldError('year', t('common.required'));
      return;
    }
    const quarters = values.quarters.map(toNumber);
    try {
      await save.mutateAsync({ id: indicator.id, body: { year, ...(quarters.some((v) => v !== null) ? { quarters } : {}) } });
      notifications.show({ color: 'teal', message: t('performance.plan.targetsSaved', { code: indicator.code }) });
      onClose();
    } catch (e) {
      applyPerfFieldErrors(form, e, lang);
      setError(e);
    }
  };

  return (
    <AppModal opened onClose={onClose} title={t('performance.plan.targetsTitle', { code: indicator.code })} size="lg">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {`${t(`performance.quarterlyRules.${indicator.quarterlyRule}`)} · ${t('performance.unit')}: ${indicator.unit}`}
          </Text>
          <NumberInput
            label={t('performance.plan.targetYear')}
            withAsterisk
            data-autofocus
            decimalScale={4}
            {...separators}
            w={220}
            {...form.getInputProps('year')}
          />
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
            {[0, 1, 2, 3].map((i) => (
              <NumberInput key={i} label={format.period(i + 1)} decimalScale={4} {...separators} {...form.getInputProps(`quarters.${i}`)} />
            ))}
          </SimpleGrid>
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
