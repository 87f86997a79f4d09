import { Alert, List } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useT } from '../../../app/i18n';
import { ApiError } from '../../../lib/api';
import { errorText } from '../../../lib/errors';

/**
 * An error of a save, with each field's problem listed by its place in the questionnaire
 * (`sections.0.questions.2.element`): a long questionnaire has no single field to mark.
 */
export function SaveError({ error }: { error: unknown }) {
  const { t } = useT();
  if (!error) return null;
  const fields = error instanceof ApiError ? error.fields : [];
  return (
    <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert" title={t('common.errorTitle')} data-testid="save-error">
      {errorText(error, t)}
      {fields.length ? (
        <List size="sm" mt="xs">
          {fields.slice(0, 20).map((f) => (
            <List.Item key={`${f.path}-${f.message}`}>
              {f.path.replace(/^questionnaire\./, '')}: {f.message}
            </List.Item>
          ))}
        </List>
      ) : null}
    </Alert>
  );
}
