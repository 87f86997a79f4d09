import { Alert, Anchor, Button, Card, Grid, Group, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { TInterview } from '../../../../shared/media';
import { useT } from '../../../app/i18n';
import { useCan } from '../../../app/session';
import { PageHeader } from '../../../components/page-header';
import { ErrorAlert, QueryState } from '../../../components/query-state';
import { applyFieldErrors } from '../../../lib/errors';
import { useFormat } from '../../../lib/format';
import { useAssign, useAssignees, useInterview, useOutcome, useTriage } from '../api/interviews';
import { InterviewStatus } from '../components/interview-badges';
import { DECLINE_KEYS, OUTCOME_KEYS } from '../lib/vocabulary';
import { jakartaMoment } from '../../../lib/jakarta-time';

const OPEN = ['received', 'triaged', 'assigned'];

/** One request: what the journalist asked, and the workflow — triage, assignment, outcome. */
export default function InterviewScreen() {
  const { id = '' } = useParams();
  const { t } = useT();
  const request = useInterview(id);
  return (
    <>
      <PageHeader
        title={request.data ? t('media.interviews.detail', { number: request.data.number }) : t('media.interviews.title')}
        actions={
          <Button component={Link} to="/humas/wawancara" variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />}>
            {t('media.interviews.back')}
          </Button>
        }
      />
      <QueryState query={request}>{() => <Detail item={request.data!} />}</QueryState>
    </>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {children || '—'}
      </Text>
    </Stack>
  );
}

function Detail({ item }: { item: TInterview }) {
  const { t } = useT();
  const can = useCan();
  const format = useFormat();
  const open = OPEN.includes(item.status);
  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Card withBorder>
          <Stack gap="sm">
            <Group>
              <InterviewStatus status={item.status} />
              <Text size="sm">{t(`media.channel.${item.channel}`)}</Text>
              {item.priority === 'urgent' ? (
                <Text c="red" fw={700} size="sm">
                  {t('media.interviews.urgent')}
                </Text>
              ) : null}
            </Group>
            {item.anonymized ? <Alert color="gray">{t('media.interviews.anonymized')}</Alert> : null}
            <Field label={t('media.interviews.topic')}>{item.topic}</Field>
            <Field label={t('media.interviews.questions')}>{item.questions}</Field>
            <Group grow>
              <Field label={t('media.interviews.outlet')}>{`${item.outletName} (${t(`media.mediaType.${item.mediaType}`)})`}</Field>
              <Field label={t('media.interviews.journalist')}>
                {item.inContacts ? `${item.journalistName} · ${t('media.interviews.inContacts')}` : item.journalistName}
              </Field>
            </Group>
            <Group grow>
              <Field label={t('media.interviews.email')}>{item.contactEmail}</Field>
              <Field label={t('media.interviews.phone')}>{item.contactPhone}</Field>
            </Group>
            <Group grow>
              <Field label={t('media.interviews.received')}>{format.dateTime(item.receivedAt)}</Field>
              <Field label={t('media.interviews.wantedAt')}>{item.wantedAt ? format.dateTime(item.wantedAt) : ''}</Field>
              <Field label={t('media.interviews.deadline')}>{item.deadline ? format.dateTime(item.deadline) : ''}</Field>
              <Field label={t('media.interviews.preferred')}>{item.preferredSpokesperson}</Field>
            </Group>
            {item.outcome ? (
              <Group grow>
                <Field label={t('media.interviews.outcome')}>
                  {t(`media.outcome.${item.outcome}`)}
                  {item.declineReason ? ` — ${t(`media.declineReason.${item.declineReason}`)}` : ''}
                </Field>
                <Field label={t('media.interviews.response')}>
                  {item.responseHours === null
                    ? ''
                    : `${t('media.interviews.hours', { value: format.decimal(item.responseHours, 1) })} · ${t('media.interviews.workingDays', { value: item.responseWorkingDays })}`}
                </Field>
              </Group>
            ) : null}
            {item.outcomeNote ? <Field label={t('media.interviews.note')}>{item.outcomeNote}</Field> : null}
            {item.outcomeLink ? (
              <Anchor href={item.outcomeLink} target="_blank" rel="noopener noreferrer" size="sm">
                {item.outcomeLink}
              </Anchor>
            ) : null}
          </Stack>
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="md">
          {open && can('media.interview.assign') ? <TriageCard item={item} /> : null}
          {open && can('media.interview.assign') ? <AssignCard item={item} /> : null}
          {open && can('media.interview.edit') ? <OutcomeCard item={item} /> : null}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

function TriageCard({ item }: { item: TInterview }) {
  const { t } = useT();
  const triage = useTriage(item.id);
  const form = useForm({ initialValues: { priority: item.priority, note: item.triageNote ?? '' } });
  return (
    <Card
      withBorder
      component="form"
      onSubmit={form.onSubmit(async (v) => {
        await triage.mutateAsync({ priority: v.priority, note: v.note || null });
        notifications.show({ color: 'teal', message: t('media.interviews.done') });
      })}
    >
      <Stack gap="xs">
        <Title order={2} size="h5">
          {t('media.interviews.triage')}
        </Title>
        {triage.isError ? <ErrorAlert error={triage.error} /> : null}
        <Select
          label={t('media.interviews.priority')}
          data={[
            { value: 'normal', label: t('media.interviews.normal') },
            { value: 'urgent', label: t('media.interviews.urgent') },
          ]}
          allowDeselect={false}
          {...form.getInputProps('priority')}
        />
        <Textarea label={t('media.interviews.note')} autosize {...form.getInputProps('note')} />
        <Button type="submit" loading={triage.isPending} variant="light">
          {t('media.interviews.triage')}
        </Button>
      </Stack>
    </Card>
  );
}

function AssignCard({ item }: { item: TInterview }) {
  const { t } = useT();
  const assign = useAssign(item.id);
  const people = useAssignees(true);
  const form = useForm({
    initialValues: { assignedTo: item.assignedTo ?? '', spokesperson: item.spokesperson ?? item.preferredSpokesperson ?? '' },
  });
  return (
    <Card
      withBorder
      component="form"
      onSubmit={form.onSubmit(async (v) => {
        try {
          await assign.mutateAsync(v);
          notifications.show({ color: 'teal', message: t('media.interviews.done') });
        } catch (error) {
          applyFieldErrors(form, error);
        }
      })}
    >
      <Stack gap="xs">
        <Title order={2} size="h5">
          {t('media.interviews.assign')}
        </Title>
        {assign.isError ? <ErrorAlert error={assign.error} /> : null}
        <Select
          label={t('media.interviews.assignee')}
          required
          data={(people.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
          searchable
          {...form.getInputProps('assignedTo')}
        />
        <TextInput label={t('media.interviews.spokesperson')} required maxLength={200} {...form.getInputProps('spokesperson')} />
        <Button type="submit" loading={assign.isPending} variant="light">
          {t('media.interviews.assign')}
        </Button>
      </Stack>
    </Card>
  );
}

function OutcomeCard({ item }: { item: TInterview }) {
  const { t } = useT();
  const record = useOutcome(item.id);
  const form = useForm({ initialValues: { outcome: '', declineReason: '', note: '', link: '', respondedAt: '' } });
  const declined = form.values.outcome === 'declined';
  return (
    <Card
      withBorder
      component="form"
      data-testid="outcome-form"
      onSubmit={form.onSubmit(async (v) => {
        try {
          await record.mutateAsync({
            outcome: v.outcome as 'direct',
            declineReason: declined ? (v.declineReason as 'other') : null,
            note: v.note || null,
            link: v.link || null,
            // Left empty, answered now; typed, when the answer went out (WIB), for an outcome recorded later.
            respondedAt: jakartaMoment(v.respondedAt) ?? undefined,
          });
          notifications.show({ color: 'teal', message: t('media.interviews.done') });
        } catch (error) {
          applyFieldErrors(form, error);
        }
      })}
    >
      <Stack gap="xs">
        <Title order={2} size="h5">
          {t('media.interviews.recordOutcome')}
        </Title>
        {record.isError ? <ErrorAlert error={record.error} /> : null}
        <Select
          label={t('media.interviews.outcome')}
          required
          data={OUTCOME_KEYS.map((k) => ({ value: k, label: t(`media.outcome.${k}`) }))}
          {...form.getInputProps('outcome')}
        />
        {declined ? (
          <Select
            label={t('media.interviews.reason')}
            required
            data={DECLINE_KEYS.map((k) => ({ value: k, label: t(`media.declineReason.${k}`) }))}
            {...form.getInputProps('declineReason')}
          />
        ) : null}
        <TextInput label={t('media.interviews.link')} type="url" {...form.getInputProps('link')} />
        <TextInput
          label={t('media.interviews.respondedAt')}
          description={t('media.interviews.respondedAtHint')}
          type="datetime-local"
          {...form.getInputProps('respondedAt')}
        />
        <Textarea label={t('media.interviews.note')} autosize {...form.getInputProps('note')} />
        <Button type="submit" loading={record.isPending} disabled={!form.values.outcome}>
          {t('media.interviews.recordOutcome')}
        </Button>
      </Stack>
    </Card>
  );
}
