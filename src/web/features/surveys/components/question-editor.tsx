import { ActionIcon, Checkbox, Grid, Group, Paper, Select, Textarea, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { TQuestion, TQuestionnaire } from '../../../../shared/surveys';
import { useT } from '../../../app/i18n';

type Choice = Extract<TQuestion, { type: 'single' | 'multiple' }>;

/** Options as the author types them: `code=label` or `code=label|English label`, one per line. */
export function optionsToText(options: Choice['options']): string {
  return options.map((o) => `${o.value}=${o.label.id}${o.label.en ? `|${o.label.en}` : ''}`).join('\n');
}

export function textToOptions(text: string): Choice['options'] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [value = '', rest = ''] = line.split(/=(.*)/s);
      const [id = '', en = ''] = rest.split('|');
      return { value: value.trim(), label: { id: id.trim() || value.trim(), en: en.trim() } };
    });
}

/** A question changed to another type keeps its code and text. */
export function retype(question: TQuestion, type: TQuestion['type'], elements: TQuestionnaire['elements']): TQuestion {
  const base = { code: question.code, text: question.text, required: question.required };
  if (type === 'likert')
    return { ...base, type, element: elements[0]?.code ?? 'U1', dimension: 'satisfaction', required: question.required };
  if (type === 'text') return { ...base, type, maxLength: 1000 };
  const options = question.type === 'single' || question.type === 'multiple' ? question.options : [];
  return { ...base, type, options, demographic: false };
}

/** One question of the builder: its type, code and text, and what its type needs. */
export function QuestionEditor({
  question,
  elements,
  onChange,
  onMove,
  onRemove,
  path,
}: {
  question: TQuestion;
  elements: TQuestionnaire['elements'];
  onChange: (q: TQuestion) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  path: string;
}) {
  const { t } = useT();
  const choices = question.type === 'single' || question.type === 'multiple' ? question.options : null;
  // The options are typed as text and parsed when the field is left; another question moved into
  // this place (or a retype) brings its own text.
  const [optionsText, setOptionsText] = useState(() => (choices ? optionsToText(choices) : ''));
  const shownCode = useRef(question.code);
  useEffect(() => {
    if (shownCode.current !== question.code) {
      shownCode.current = question.code;
      setOptionsText(choices ? optionsToText(choices) : '');
    }
  }, [question.code, choices]);
  const types = (['likert', 'single', 'multiple', 'text'] as const).map((value) => ({ value, label: t(`surveys.builder.types.${value}`) }));
  return (
    <Paper withBorder radius="sm" p="sm" data-question-editor={question.code}>
      <Grid gap="xs" align="flex-end">
        <Grid.Col span={{ base: 12, sm: 3 }}>
          <Select
            label={t('surveys.builder.questionType')}
            data={types}
            value={question.type}
            allowDeselect={false}
            onChange={(v) => v && onChange(retype(question, v as TQuestion['type'], elements))}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 2 }}>
          <TextInput
            label={t('surveys.builder.questionCode')}
            value={question.code}
            onChange={(e) => onChange({ ...question, code: e.currentTarget.value })}
            name={`${path}.code`}
          />
        </Grid.Col>
        {question.type === 'likert' ? (
          <>
            <Grid.Col span={{ base: 6, sm: 3 }}>
              <Select
                label={t('surveys.builder.element')}
                data={elements.map((e) => ({ value: e.code, label: `${e.code} ${e.name.id}` }))}
                value={question.element}
                allowDeselect={false}
                onChange={(v) => v && onChange({ ...question, element: v })}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 2 }}>
              <Select
                label={t('surveys.builder.dimension')}
                data={(['satisfaction', 'expectation'] as const).map((d) => ({ value: d, label: t(`surveys.builder.dimensions.${d}`) }))}
                value={question.dimension}
                allowDeselect={false}
                onChange={(v) => v && onChange({ ...question, dimension: v as 'satisfaction' | 'expectation' })}
              />
            </Grid.Col>
          </>
        ) : (
          <Grid.Col span={{ base: 6, sm: 5 }} />
        )}
        <Grid.Col span={{ base: 6, sm: 2 }}>
          <Group gap={4} justify="flex-end" wrap="nowrap">
            <ActionIcon variant="subtle" onClick={() => onMove(-1)} aria-label={t('surveys.builder.moveUp')}>
              <IconArrowUp size={16} aria-hidden />
            </ActionIcon>
            <ActionIcon variant="subtle" onClick={() => onMove(1)} aria-label={t('surveys.builder.moveDown')}>
              <IconArrowDown size={16} aria-hidden />
            </ActionIcon>
            <ActionIcon variant="subtle" color="red" onClick={onRemove} aria-label={t('surveys.builder.remove')}>
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Textarea
            label={t('surveys.builder.questionText')}
            autosize
            minRows={1}
            value={question.text.id}
            onChange={(e) => onChange({ ...question, text: { ...question.text, id: e.currentTarget.value } })}
            name={`${path}.text`}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Textarea
            label={t('surveys.builder.questionTextEn')}
            autosize
            minRows={1}
            value={question.text.en}
            onChange={(e) => onChange({ ...question, text: { ...question.text, en: e.currentTarget.value } })}
          />
        </Grid.Col>
        {question.type === 'single' || question.type === 'multiple' ? (
          <Grid.Col span={12}>
            <Textarea
              label={t('surveys.builder.options')}
              autosize
              minRows={2}
              value={optionsText}
              onChange={(e) => setOptionsText(e.currentTarget.value)}
              onBlur={() => onChange({ ...question, options: textToOptions(optionsText) })}
            />
          </Grid.Col>
        ) : null}
        <Grid.Col span={12}>
          <Group gap="lg">
            <Checkbox
              label={t('surveys.builder.required')}
              checked={question.required}
              onChange={(e) => onChange({ ...question, required: e.currentTarget.checked })}
            />
            {question.type === 'single' || question.type === 'multiple' ? (
              <Checkbox
                label={t('surveys.builder.demographic')}
                checked={question.demographic}
                onChange={(e) => onChange({ ...question, demographic: e.currentTarget.checked })}
              />
            ) : null}
          </Group>
        </Grid.Col>
      </Grid>
    </Paper>
  );
}
