import { Checkbox, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useId } from 'react';
import { useT } from '../../../app/i18n';
import type { TQuestion } from '../../../../shared/surveys';
import { textIn } from '../lib/text';

export type AnswerValue = number | string | string[] | null;

/**
 * One question of the respondent's page. A Likert item is four large radio buttons, 1 (worst) to
 * 4 (best), each with its label: easy to hit with a thumb, and read in full by a screen reader.
 */
export function QuestionInput({
  question,
  number,
  value,
  error,
  onChange,
}: {
  question: TQuestion;
  number: number;
  value: AnswerValue;
  error?: string;
  onChange: (value: AnswerValue) => void;
}) {
  const { t, lang } = useT();
  const id = useId();
  const label = (
    <Text component="span" fw={600} size="md">
      {number}. {textIn(question.text, lang)}
      {question.required ? null : (
        <Text component="span" c="dimmed" size="sm" fw={400}>
          {' '}
          ({t('surveys.respond.optional')})
        </Text>
      )}
    </Text>
  );
  const common = { label, error, required: question.required, withAsterisk: question.required };
  switch (question.type) {
    case 'likert': {
      const defaults = [1, 2, 3, 4].map((n) => t(`surveys.respond.defaultLabels.l${n as 1 | 2 | 3 | 4}`));
      const labels = question.labels?.map((l) => textIn(l, lang)) ?? defaults;
      return (
        <Radio.Group
          {...common}
          value={value === null ? null : String(value)}
          onChange={(v) => onChange(Number(v))}
          data-question={question.code}
        >
          <Stack gap={6} mt="xs">
            {labels.map((text, i) => (
              <Radio.Card
                key={text}
                value={String(i + 1)}
                radius="md"
                p="sm"
                withBorder
                data-value={i + 1}
                bg={value === i + 1 ? 'blue.0' : undefined}
                style={value === i + 1 ? { borderColor: 'var(--mantine-color-blue-6)' } : undefined}
              >
                <Group wrap="nowrap" gap="sm">
                  <Radio.Indicator />
                  <Text size="sm">
                    <Text component="span" fw={700}>
                      {i + 1}
                    </Text>{' '}
                    {text}
                  </Text>
                </Group>
              </Radio.Card>
            ))}
          </Stack>
        </Radio.Group>
      );
    }
    case 'single':
      return (
        <Radio.Group {...common} value={typeof value === 'string' ? value : null} onChange={onChange} data-question={question.code}>
          <Stack gap={6} mt="xs">
            {question.options.map((o) => (
              <Radio key={o.value} value={o.value} label={textIn(o.label, lang)} />
            ))}
          </Stack>
        </Radio.Group>
      );
    case 'multiple':
      return (
        <Checkbox.Group {...common} value={Array.isArray(value) ? value : []} onChange={onChange} data-question={question.code}>
          <Stack gap={6} mt="xs">
            {question.options.map((o) => (
              <Checkbox key={o.value} value={o.value} label={textIn(o.label, lang)} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    case 'text':
      return (
        <Textarea
          id={id}
          {...common}
          autosize
          minRows={3}
          maxLength={question.maxLength}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.currentTarget.value)}
          data-question={question.code}
        />
      );
  }
}
