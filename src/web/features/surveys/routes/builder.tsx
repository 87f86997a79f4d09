import { Button, Grid, Group, NumberInput, Paper, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { todayIn } from '../../../../shared/format';
import type { TCreateSurveyRequest, TQuestionnaire } from '../../../../shared/surveys';
import { useT } from '../../../app/i18n';
import { PageHeader } from '../../../components/page-header';
import { applyFieldErrors } from '../../../lib/errors';
import { fetchTemplate, useCreateSurvey } from '../api/surveys';
import { SaveError } from '../components/field-errors';
import { QuestionnaireEditor } from '../components/questionnaire-editor';

const EMPTY: TQuestionnaire = { elements: [], sections: [] };

/** Survei baru: the survey's details and its questionnaire, starting from the regulation's nine elements. */
export default function BuilderScreen() {
  const { t } = useT();
  const navigate = useNavigate();
  const create = useCreateSurvey();
  const today = todayIn();
  const [questionnaire, setQuestionnaire] = useState<TQuestionnaire>(EMPTY);
  useEffect(() => {
    // A new survey starts as the regulation's questionnaire; the author changes what differs.
    fetchTemplate(false)
      .then((q) => setQuestionnaire((current) => (current.elements.length ? current : q)))
      .catch(() => undefined);
  }, []);
  const form = useForm({
    initialValues: {
      code: '',
      title: '',
      titleEn: '',
      kind: 'ikm' as 'ikm' | 'internal',
      year: Number(today.slice(0, 4)),
      quarter: '' as string,
      opensOn: today,
      closesOn: `${today.slice(0, 4)}-12-31`,
      access: 'public' as 'public' | 'invitation',
      populationSize: '' as number | string,
      marginPct: 5 as number | string,
      series: '',
      purpose: '',
      population: '',
    },
  });

  const save = form.onSubmit(async (v) => {
    const body: TCreateSurveyRequest = {
      code: v.code.trim(),
      kind: v.kind,
      title: v.title.trim(),
      titleEn: v.titleEn.trim() || null,
      purpose: v.purpose,
      population: v.population,
      populationSize: v.populationSize === '' ? null : Number(v.populationSize),
      marginOfError: v.marginPct === '' ? null : Number(v.marginPct) / 100,
      year: Number(v.year),
      quarter: v.quarter ? Number(v.quarter) : null,
      series: v.series.trim() || null,
      opensOn: v.opensOn,
      closesOn: v.closesOn,
      access: v.access,
      quotas: [],
      questionnaire,
    };
    try {
      const created = await create.mutateAsync(body);
      navigate(`/survei/${created.id}`);
    } catch (error) {
      applyFieldErrors(form, error);
    }
  });

  return (
    <>
      <PageHeader title={t('surveys.builder.title')} intro={t('surveys.builder.intro')} />
      <form onSubmit={save} noValidate>
        <Stack gap="lg">
          <Paper withBorder radius="md" p="md">
            <Title order={2} size="h4" mb="sm">
              {t('surveys.builder.basics')}
            </Title>
            <Grid gap="sm">
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <TextInput
                  required
                  label={t('surveys.builder.code')}
                  description={t('surveys.builder.codeHint')}
                  {...form.getInputProps('code')}
                  data-testid="survey-code"
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 8 }}>
                <TextInput required label={t('surveys.builder.name')} {...form.getInputProps('title')} data-testid="survey-title" />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 8 }}>
                <TextInput label={t('surveys.builder.nameEn')} {...form.getInputProps('titleEn')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <Select
                  label={t('surveys.builder.kind')}
                  data={(['ikm', 'internal'] as const).map((k) => ({ value: k, label: t(`surveys.kinds.${k}`) }))}
                  allowDeselect={false}
                  {...form.getInputProps('kind')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 2 }}>
                <NumberInput required label={t('surveys.year')} min={2000} max={2100} {...form.getInputProps('year')} />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 2 }}>
                <Select
                  label={t('surveys.builder.quarter')}
                  data={['', '1', '2', '3', '4'].map((q) => ({ value: q, label: q || t('common.none') }))}
                  {...form.getInputProps('quarter')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 2 }}>
                <TextInput required type="date" label={t('surveys.builder.opensOn')} {...form.getInputProps('opensOn')} />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 2 }}>
                <TextInput required type="date" label={t('surveys.builder.closesOn')} {...form.getInputProps('closesOn')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <Select
                  label={t('surveys.builder.access')}
                  data={(['public', 'invitation'] as const).map((k) => ({ value: k, label: t(`surveys.access.${k}`) }))}
                  allowDeselect={false}
                  {...form.getInputProps('access')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 3 }}>
                <NumberInput
                  label={t('surveys.builder.populationSize')}
                  min={1}
                  thousandSeparator="."
                  decimalSeparator=","
                  {...form.getInputProps('populationSize')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 3 }}>
                <NumberInput
                  label={t('surveys.builder.margin')}
                  min={0.1}
                  max={50}
                  decimalScale={2}
                  decimalSeparator=","
                  {...form.getInputProps('marginPct')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput label={t('surveys.builder.series')} {...form.getInputProps('series')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Textarea label={t('surveys.builder.purpose')} autosize minRows={2} {...form.getInputProps('purpose')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Textarea label={t('surveys.builder.population')} autosize minRows={2} {...form.getInputProps('population')} />
              </Grid.Col>
            </Grid>
          </Paper>
          <QuestionnaireEditor value={questionnaire} onChange={setQuestionnaire} />
          <SaveError error={create.error} />
          <Group>
            <Button type="submit" loading={create.isPending} data-testid="save-survey">
              {t('surveys.builder.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
