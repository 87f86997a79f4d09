import {
  Alert,
  Button,
  Group,
  Input,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';
import type { TCreateIndicatorRequest } from '../../../../shared/performance';
import { useT } from '../../../app/i18n';
import { AppModal } from '../../../components/app-modal';
import { errorText } from '../../../lib/errors';
import { unitName, useUnits } from '../../../lib/units';
import { useCreateIndicator, useUpdateIndicator } from '../api/performance';
import type { PlanData, PlanIndicator } from '../api/plan-types';
import { numberFieldSeparators } from '../lib/format';
import { applyPerfFieldErrors } from '../lib/text';

type Field = number | string;
interface Values {
  goalId: string | null;
  code: string;
  name: string;
  nameEn: string;
  definition: string;
  unit: string;
  decimals: Field;
  direction: TCreateIndicatorRequest['direction'];
  bandLow: Field;
  bandHigh: Field;
  source: 'measure' | 'manual';
  measureKey: string | null;
  measureParams: Record<string, string | null>;
  sourceNote: string;
  quarterlyRule: 'same' | 'cumulative';
  responsibleUnitId: string | null;
  weight: Field;
  evidenceRequired: boolean;
}

const num = (v: Field): number | null => (v === '' ? null : Number(v));

/** Adds an indicator under a goal, or edits `indicator`'s definition. */
export function IndicatorForm({
  plan,
  goalId,
  indicator,
  onClose,
}: {
  plan: PlanData;
  goalId: string | null;
  indicator: PlanIndicator | null;
  onClose: () => void;
}) {
  const { t, lang } = useT();
  const units = useUnits();
  const create = useCreateIndicator();
  const update = useUpdateIndicator();
  const [error, setError] = useState<unknown>(null);
  const sourceLabel = useId();
  const form = useForm<Values>({
    initialValues: {
      goalId: indicator?.goalId ?? goalId,
      code: indicator?.code ?? '',
      name: indicator?.name ?? '',
      nameEn: indicator?.nameEn ?? '',
      definition: indicator?.definition ?? '',
      unit: indicator?.unit ?? '%',
      decimals: indicator?.decimals ?? 2,
      direction: indicator?.direction ?? 'higher',
      bandLow: indicator?.bandLow ?? '',
      bandHigh: indicator?.bandHigh ?? '',
      source: indicator?.source ?? 'manual',
      measureKey: indicator?.measureKey ?? null,
      measureParams: indicator?.measureParams ?? {},
      sourceNote: indicator?.sourceNote ?? '',
      quarterlyRule: indicator?.quarterlyRule ?? 'same',
      responsibleUnitId: indicator?.responsibleUnitId ?? null,
      weight: indicator?.weight ?? 1,
      evidenceRequired: indicator?.evidenceRequired ?? true,
    },
    validate: {
      goalId: (v) => (v ? null : t('common.required')),
      measureKey: (v, values) => (values.source === 'measure' && !v ? t('common.required') : null),
    },
  });
  const v = form.values;
  const measure = v.source === 'measure' ? plan.measures.find((m) => m.key === v.measureKey) : undefined;
  /** The chosen values of the selected measure's own parameters (another measure's are dropped). */
  const chosenParams = (values: Values) => {
    const chosen = plan.measures.find((m) => m.key === values.measureKey);
    const entries = (chosen?.params ?? []).flatMap((p) => (values.measureParams[p.key] ? [[p.key, values.measureParams[p.key]!]] : []));
    return entries.length ? Object.fromEntries(entries) : null;
  };
  const separators = numberFieldSeparators(lang);

  const submit = async (values: Values) => {
    setError(null);
    const body: TCreateIndicatorRequest = {
      goalId: values.goalId!,
      code: values.code.trim(),
      name: values.name.trim(),
      nameEn: values.nameEn.trim() || null,
      definition: values.definition.trim(),
      unit: values.unit.trim(),
      decimals: Number(values.decimals),
      direction: values.direction,
      bandLow: values.direction === 'band' ? num(values.bandLow) : null,
      bandHigh: values.direction === 'band' ? num(values.bandHigh) : null,
      source: values.source,
      measureKey: values.source === 'measure' ? values.measureKey : null,
      measureParams: values.source === 'measure' ? chosenParams(values) : null,
      sourceNote: values.sourceNote.trim() || null,
      quarterlyRule: values.quarterlyRule,
      responsibleUnitId: values.responsibleUnitId,
      weight: Number(values.weight),
      evidenceRequired: values.evidenceRequired,
      sortOrder: indicator?.sortOrder ?? plan.indicators.length,
    };
    try {
      if (indicator) await update.mutateAsync({ id: indicator.id, body });
      else await create.mutateAsync(body);
      notifications.show({
        color: 'teal',
        message: t(indicator ? 'performance.plan.indicatorUpdated' : 'performance.plan.indicatorCreated', { code: body.code }),
      });
      onClose();
    } catch (e) {
      applyPerfFieldErrors(form, e, lang);
      setError(e);
    }
  };

  const groups = (units.data ?? []).filter((u) => u.active);
  return (
    <AppModal
      opened
      onClose={onClose}
      title={indicator ? t('performance.plan.editIndicator', { code: indicator.code }) : t('performance.plan.newIndicator')}
      size="xl"
    >
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <Select
            label={t('performance.plan.goal')}
            withAsterisk
            data={plan.goals.map((g) => ({
              value: g.id,
              label: `${g.code} — ${lang === 'en' && g.statementEn ? g.statementEn : g.statement}`,
            }))}
            allowDeselect={false}
            {...form.getInputProps('goalId')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput label={t('performance.plan.code')} withAsterisk data-autofocus placeholder="IKK15" {...form.getInputProps('code')} />
            <TextInput label={t('performance.unit')} withAsterisk {...form.getInputProps('unit')} />
            <NumberInput label={t('performance.plan.decimals')} min={0} max={4} allowDecimal={false} {...form.getInputProps('decimals')} />
          </SimpleGrid>
          <Textarea label={t('performance.plan.name')} withAsterisk autosize minRows={1} {...form.getInputProps('name')} />
          <Textarea label={t('performance.plan.nameEn')} autosize minRows={1} {...form.getInputProps('nameEn')} />
          <Textarea label={t('performance.plan.definition')} autosize minRows={2} {...form.getInputProps('definition')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('performance.indicator.direction')}
              data={(['higher', 'lower', 'band'] as const).map((d) => ({ value: d, label: t(`performance.directions.${d}`) }))}
              allowDeselect={false}
              {...form.getInputProps('direction')}
            />
            <Select
              label={t('performance.indicator.quarterlyRule')}
              data={(['same', 'cumulative'] as const).map((r) => ({ value: r, label: t(`performance.quarterlyRules.${r}`) }))}
              allowDeselect={false}
              {...form.getInputProps('quarterlyRule')}
            />
          </SimpleGrid>
          {v.direction === 'band' ? (
            <SimpleGrid cols={2} spacing="sm">
              <NumberInput label={t('performance.plan.bandLow')} {...separators} decimalScale={4} {...form.getInputProps('bandLow')} />
              <NumberInput label={t('performance.plan.bandHigh')} {...separators} decimalScale={4} {...form.getInputProps('bandHigh')} />
            </SimpleGrid>
          ) : null}
          <div>
            <Input.Label component="div" display="block" mb={4} id={sourceLabel}>
              {t('performance.source')}
            </Input.Label>
            <SegmentedControl
              aria-labelledby={sourceLabel}
              data={[
                { value: 'manual', label: t('performance.plan.sourceManual') },
                { value: 'measure', label: t('performance.plan.sourceMeasure') },
              ]}
              {...form.getInputProps('source')}
            />
          </div>
          {v.source === 'measure' ? (
            <Select
              label={t('performance.plan.measure')}
              withAsterisk
              searchable
              data={plan.measures.map((m) => ({ value: m.key, label: `${m.label[lang]} (${m.key}, ${m.unit})` }))}
              nothingFoundMessage={t('common.empty')}
              {...form.getInputProps('measureKey')}
            />
          ) : (
            <Switch label={t('performance.plan.evidenceRequired')} {...form.getInputProps('evidenceRequired', { type: 'checkbox' })} />
          )}
          {measure?.params.map((param) => (
            <Select
              key={param.key}
              label={param.label[lang]}
              description={v.measureParams[param.key] ? undefined : t('performance.plan.paramUnset')}
              searchable
              clearable
              data={param.options}
              nothingFoundMessage={t('common.empty')}
              {...form.getInputProps(`measureParams.${param.key}`)}
            />
          ))}
          <Textarea label={t('performance.plan.sourceNote')} autosize minRows={1} {...form.getInputProps('sourceNote')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('performance.plan.responsibleUnit')}
              placeholder={t('performance.plan.noUnit')}
              searchable
              clearable
              data={groups.map((u) => ({ value: u.id, label: `${u.code} — ${unitName(u, lang)}` }))}
              nothingFoundMessage={t('common.empty')}
              {...form.getInputProps('responsibleUnitId')}
            />
            <NumberInput
              label={t('performance.plan.weight')}
              description={t('performance.plan.weightHint')}
              min={0}
              max={10}
              decimalScale={2}
              {...separators}
              {...form.getInputProps('weight')}
            />
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
            <Button type="submit" loading={create.isPending || update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
