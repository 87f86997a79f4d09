import { Alert, Box, Button, Center, Checkbox, Divider, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useParams } from 'react-router';
import { useT } from '../../../app/i18n';
import { LanguageSwitch } from '../../../components/language-switch';
import { usePageTitle } from '../../../components/page-header';
import { ApiError } from '../../../lib/api';
import { errorText } from '../../../lib/errors';
import { useFormat } from '../../../lib/format';
import { usePublicSurvey, useSubmitResponse } from '../api/surveys';
import { type AnswerValue, QuestionInput } from '../components/question-input';
import { textIn } from '../lib/text';

/** A centred column that fits a phone and reads well on a desktop. */
function Frame({ children }: { children: ReactNode }) {
  return (
    <Box mih="100dvh" bg="gray.0">
      <Group justify="flex-end" p="sm">
        <LanguageSwitch />
      </Group>
      <Center px="sm" pb="xl">
        <Paper component="main" withBorder shadow="xs" p={{ base: 'md', sm: 'xl' }} radius="md" w="100%" maw={680}>
          {children}
        </Paper>
      </Center>
    </Box>
  );
}

/**
 * The respondent's page, no account: the survey a link opens, its consent notice and its
 * questions, in Indonesian or English. The hidden "website" field is left empty by people and
 * filled by form robots; the server then stores nothing.
 */
export default function RespondPage() {
  const { token = '' } = useParams();
  const { t, lang } = useT();
  const format = useFormat();
  const survey = usePublicSurvey(token);
  const submit = useSubmitResponse(token);
  const [answers, setAnswers] = useState<Record<string, AnswerValue>>({});
  const [consent, setConsent] = useState(false);
  const [website, setWebsite] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);
  const title = survey.data ? textIn(survey.data.title, lang) : t('surveys.title');
  usePageTitle(title);

  if (survey.isPending) return <Frame>{t('common.loading')}</Frame>;
  if (survey.isError || !survey.data) {
    const notFound = survey.error instanceof ApiError && survey.error.status === 404;
    return (
      <Frame>
        <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
          {notFound ? t('surveys.respond.notFound') : errorText(survey.error, t)}
        </Alert>
      </Frame>
    );
  }
  const data = survey.data;
  const status = data.status;
  const q = data.questionnaire;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    try {
      await submit.mutateAsync({ version: data.version ?? 1, answers, consent, lang, website });
      setDone(true);
      window.scrollTo({ top: 0 });
    } catch (error) {
      if (error instanceof ApiError && error.fields.length) {
        setErrors(Object.fromEntries(error.fields.map((f) => [f.path.replace(/^answers\./, ''), f.message])));
      }
    }
  };

  let number = 0;
  return (
    <Frame>
      <Stack gap="lg">
        <Title order={1} size="h3">
          {title}
        </Title>
        {done ? (
          <Alert
            color="teal"
            icon={<IconCircleCheck aria-hidden />}
            title={t('surveys.respond.thanks')}
            role="status"
            data-testid="respond-thanks"
          >
            {t('surveys.respond.thanksText')}
          </Alert>
        ) : status !== 'open' || !q ? (
          <Alert color="gray" role="status" data-testid="respond-unavailable">
            {status === 'scheduled'
              ? t('surveys.respond.scheduled', { date: format.date(data.opensOn) })
              : status === 'used'
                ? t('surveys.respond.used')
                : t('surveys.respond.closed')}
          </Alert>
        ) : (
          <form onSubmit={onSubmit} noValidate>
            <Stack gap="lg">
              {data.purpose ? <Text size="sm">{data.purpose}</Text> : null}
              <Text size="sm" c="dimmed">
                {t('surveys.respond.anonymous')} {t('surveys.respond.scaleHint')}.
              </Text>
              {q.sections.map((section) => (
                <Stack key={section.title.id} gap="md" component="section">
                  <Divider
                    label={
                      <Title order={2} size="h5">
                        {textIn(section.title, lang)}
                      </Title>
                    }
                    labelPosition="left"
                  />
                  {section.questions.map((question) => {
                    number++;
                    return (
                      <QuestionInput
                        key={question.code}
                        question={question}
                        number={number}
                        value={answers[question.code] ?? null}
                        error={errors[question.code]}
                        onChange={(value) => setAnswers((a) => ({ ...a, [question.code]: value }))}
                      />
                    );
                  })}
                </Stack>
              ))}
              {/* The honeypot: off-screen and skipped by keyboard and screen readers, never by robots. */}
              <Box aria-hidden="true" style={{ position: 'absolute', left: '-10000px', width: 1, height: 1, overflow: 'hidden' }}>
                <TextInput
                  label={t('surveys.respond.honeypot')}
                  name="website"
                  tabIndex={-1}
                  autoComplete="off"
                  value={website}
                  onChange={(e) => setWebsite(e.currentTarget.value)}
                />
              </Box>
              <Paper withBorder p="md" radius="md" bg="gray.0">
                <Stack gap="xs">
                  <Text fw={600}>{t('surveys.respond.consentTitle')}</Text>
                  <Text size="sm">{textIn(data.consent, lang)}</Text>
                  <Checkbox
                    label={t('surveys.respond.consentCheck')}
                    checked={consent}
                    onChange={(e) => setConsent(e.currentTarget.checked)}
                    error={errors.consent}
                    data-testid="respond-consent"
                  />
                </Stack>
              </Paper>
              {submit.isError ? (
                <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert" data-testid="respond-error">
                  {submit.error instanceof ApiError && submit.error.code === 'VALIDATION'
                    ? t('surveys.respond.fixErrors')
                    : errorText(submit.error, t)}
                </Alert>
              ) : null}
              <Button type="submit" size="md" loading={submit.isPending} fullWidth data-testid="respond-submit">
                {t('surveys.respond.submit')}
              </Button>
            </Stack>
          </form>
        )}
      </Stack>
    </Frame>
  );
}
