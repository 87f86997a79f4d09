import { ActionIcon, Button, Checkbox, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTemplate, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { TQuestion, TQuestionnaire } from '../../../../shared/surveys';
import { useT } from '../../../app/i18n';
import { ErrorAlert } from '../../../components/query-state';
import { fetchTemplate } from '../api/surveys';
import { emptyText } from '../lib/text';
import { QuestionEditor } from './question-editor';

function move<T>(items: T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (target < 0 || target >= items.length) return items;
  const out = [...items];
  [out[index], out[target]] = [out[target]!, out[index]!];
  return out;
}

/** The next free code of a kind (`U10`, `q4`): a new element or question never clashes. */
function nextCode(prefix: string, taken: string[]): string {
  for (let n = taken.length + 1; ; n++) if (!taken.includes(`${prefix}${n}`)) return `${prefix}${n}`;
}

/**
 * A simple questionnaire builder: the elements (unsur) in the survey's own order, then sections
 * of questions. The regulation's nine elements can be filled in from its template.
 */
export function QuestionnaireEditor({ value, onChange }: { value: TQuestionnaire; onChange: (q: TQuestionnaire) => void }) {
  const { t } = useT();
  const [withExpectations, setWithExpectations] = useState(false);
  const [templateError, setTemplateError] = useState<unknown>(null);
  const codes = value.sections.flatMap((s) => s.questions.map((q) => q.code));
  const setSection = (i: number, questions: TQuestion[], title = value.sections[i]!.title) =>
    onChange({ ...value, sections: value.sections.map((s, k) => (k === i ? { title, questions } : s)) });

  return (
    <Stack gap="md">
      <Group align="flex-end">
        <Button
          variant="light"
          leftSection={<IconTemplate size={16} aria-hidden />}
          onClick={() =>
            fetchTemplate(withExpectations)
              .then((q) => {
                setTemplateError(null);
                onChange(q);
              })
              .catch(setTemplateError)
          }
          data-testid="use-template"
        >
          {t('surveys.builder.template')}
        </Button>
        <Checkbox
          label={t('surveys.builder.withExpectations')}
          checked={withExpectations}
          onChange={(e) => setWithExpectations(e.currentTarget.checked)}
        />
      </Group>
      {templateError ? <ErrorAlert error={templateError} /> : null}
      <Paper withBorder radius="md" p="md">
        <Title order={3} size="h5" mb="sm">
          {t('surveys.builder.elements')}
        </Title>
        <Stack gap={6}>
          {value.elements.map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions of a list edited in place; every input is controlled, and a key from the code would remount the row (and drop focus) at each keystroke.
            <Group key={i} gap="xs" wrap="nowrap" align="flex-end" data-element-editor={e.code}>
              <TextInput
                label={i === 0 ? t('surveys.builder.elementCode') : undefined}
                aria-label={t('surveys.builder.elementCode')}
                value={e.code}
                w={100}
                onChange={(ev) =>
                  onChange({
                    ...value,
                    elements: value.elements.map((x, k) => (k === i ? { ...x, code: ev.currentTarget.value.toUpperCase() } : x)),
                  })
                }
              />
              <TextInput
                label={i === 0 ? t('surveys.builder.elementName') : undefined}
                aria-label={t('surveys.builder.elementName')}
                value={e.name.id}
                style={{ flex: 1 }}
                onChange={(ev) =>
                  onChange({
                    ...value,
                    elements: value.elements.map((x, k) => (k === i ? { ...x, name: { ...x.name, id: ev.currentTarget.value } } : x)),
                  })
                }
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mb={4}
                aria-label={t('surveys.builder.remove')}
                onClick={() => onChange({ ...value, elements: value.elements.filter((_, k) => k !== i) })}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              size="xs"
              variant="subtle"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() =>
                onChange({
                  ...value,
                  elements: [
                    ...value.elements,
                    {
                      code: nextCode(
                        'U',
                        value.elements.map((x) => x.code),
                      ),
                      name: emptyText(),
                    },
                  ],
                })
              }
            >
              {t('surveys.builder.addElement')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      <Title order={3} size="h5">
        {t('surveys.builder.sections')}
      </Title>
      {value.sections.map((section, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: as above, a section has no identity but its place.
        <Paper withBorder radius="md" p="md" key={i} bg="gray.0">
          <Stack gap="sm">
            <Group align="flex-end" wrap="nowrap">
              <TextInput
                label={t('surveys.builder.sectionTitle')}
                value={section.title.id}
                style={{ flex: 1 }}
                onChange={(e) => setSection(i, section.questions, { ...section.title, id: e.currentTarget.value })}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mb={4}
                aria-label={t('surveys.builder.remove')}
                onClick={() => onChange({ ...value, sections: value.sections.filter((_, k) => k !== i) })}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
            {section.questions.map((q, k) => (
              <QuestionEditor
                // biome-ignore lint/suspicious/noArrayIndexKey: as above; the editor resets its option text when the question at its place changes.
                key={k}
                question={q}
                elements={value.elements}
                path={`questionnaire.sections.${i}.questions.${k}`}
                onChange={(next) =>
                  setSection(
                    i,
                    section.questions.map((x, j) => (j === k ? next : x)),
                  )
                }
                onMove={(delta) => setSection(i, move(section.questions, k, delta))}
                onRemove={() =>
                  setSection(
                    i,
                    section.questions.filter((_, j) => j !== k),
                  )
                }
              />
            ))}
            <Group>
              <Button
                size="xs"
                variant="subtle"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={() =>
                  setSection(i, [
                    ...section.questions,
                    {
                      type: 'likert',
                      code: nextCode('q', codes),
                      element: value.elements[0]?.code ?? 'U1',
                      dimension: 'satisfaction',
                      text: emptyText(),
                      required: true,
                    },
                  ])
                }
              >
                {t('surveys.builder.addQuestion')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ))}
      <Group>
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => onChange({ ...value, sections: [...value.sections, { title: emptyText(), questions: [] }] })}
        >
          {t('surveys.builder.addSection')}
        </Button>
      </Group>
    </Stack>
  );
}
