import { Alert, Button, Group, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { TQuestionnaire } from '../../../../shared/surveys';
import { useT } from '../../../app/i18n';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { useSaveQuestionnaire, useSurvey } from '../api/surveys';
import { SaveError } from '../components/field-errors';
import { QuestionnaireEditor } from '../components/questionnaire-editor';

/**
 * Edits a survey's questionnaire. Until somebody answers it, the current version changes in
 * place; once answered, a change is saved as a new version and earlier answers keep theirs.
 */
export default function QuestionnaireScreen() {
  const { id = '' } = useParams();
  const { t } = useT();
  const navigate = useNavigate();
  const survey = useSurvey(id);
  const save = useSaveQuestionnaire(id);
  const [draft, setDraft] = useState<TQuestionnaire | null>(null);
  const current = survey.data?.versions.find((v) => v.version === survey.data?.currentVersion);
  useEffect(() => {
    if (current && !draft) setDraft(current.questionnaire);
  }, [current, draft]);
  const answered = (current?.responses ?? 0) > 0;

  return (
    <QueryState query={survey}>
      {() => (
        <>
          <PageHeader title={t('surveys.builder.editTitle', { code: survey.data!.code })} intro={survey.data!.title} />
          <Stack gap="lg">
            {answered ? (
              <Alert color="yellow" variant="light" data-testid="questionnaire-answered">
                {t('surveys.builder.answered')}
              </Alert>
            ) : null}
            {draft ? <QuestionnaireEditor value={draft} onChange={setDraft} /> : null}
            <SaveError error={save.error} />
            <Group>
              <Button
                loading={save.isPending}
                disabled={!draft}
                onClick={async () => {
                  await save.mutateAsync({ questionnaire: draft!, asVersion: answered });
                  navigate(`/survei/${id}`);
                }}
                data-testid="save-questionnaire"
              >
                {answered ? t('surveys.builder.saveVersion') : t('surveys.builder.saveQuestionnaire')}
              </Button>
            </Group>
          </Stack>
        </>
      )}
    </QueryState>
  );
}
