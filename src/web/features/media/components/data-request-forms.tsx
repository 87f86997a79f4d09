import { Alert, Button, Group, Radio, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { DATA_REQUEST_CHANNELS, DATA_REQUEST_KINDS, type TDataRequest } from '../../../../shared/personal-data';
import { useT } from '../../../app/i18n';
import { AppModal } from '../../../components/app-modal';
import { ErrorAlert } from '../../../components/query-state';
import { applyFieldErrors } from '../../../lib/errors';
import { useFormat } from '../../../lib/format';
import { jakartaMoment } from '../../../lib/jakarta-time';
import { useLogDataRequest, useResolveDataRequest } from '../api/contacts';

/**
 * Logs what a person asked about their data, when it arrived and how; the server fixes the deadline.
 * A plain form: it sits inside the person's dialog.
 */
export function DataRequestLogForm({ person, onClose }: { person: { id: string; name: string }; onClose: () => void }) {
  const { t } = useT();
  const format = useFormat();
  const log = useLogDataRequest();
  const form = useForm({ initialValues: { kind: 'access', channel: 'email', receivedAt: '', details: '' } });
  const close = () => {
    form.reset();
    log.reset();
    onClose();
  };
  const submit = form.onSubmit(async (v) => {
    try {
      const created = await log.mutateAsync({
        journalistId: person.id,
        body: {
          kind: v.kind as TDataRequest['kind'],
          channel: v.channel as TDataRequest['channel'],
          // Left empty, it arrived now; typed, the deadline runs from when it really arrived (WIB).
          receivedAt: jakartaMoment(v.receivedAt) ?? undefined,
          details: v.details.trim() || null,
        },
      });
      notifications.show({ color: 'teal', message: t('media.dataRequests.logged', { due: format.dateTime(created.dueAt) }) });
      close();
    } catch (error) {
      applyFieldErrors(form, error);
    }
  });
  return (
    <form onSubmit={submit} aria-label={t('media.dataRequests.logTitle', { name: person.name })}>
      <Stack gap="sm">
        <Title order={4} size="h6">
          {t('media.dataRequests.logTitle', { name: person.name })}
        </Title>
        {log.isError ? <ErrorAlert error={log.error} /> : null}
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <Select
            label={t('media.dataRequests.kind')}
            data={DATA_REQUEST_KINDS.map((k) => ({ value: k, label: t(`media.dataRequests.kinds.${k}`) }))}
            allowDeselect={false}
            {...form.getInputProps('kind')}
          />
          <Select
            label={t('media.dataRequests.channel')}
            data={DATA_REQUEST_CHANNELS.map((k) => ({ value: k, label: t(`media.dataRequests.channels.${k}`) }))}
            allowDeselect={false}
            {...form.getInputProps('channel')}
          />
        </SimpleGrid>
        <TextInput
          label={t('media.dataRequests.receivedAt')}
          description={t('media.dataRequests.receivedAtHint')}
          type="datetime-local"
          {...form.getInputProps('receivedAt')}
        />
        <Textarea label={t('media.dataRequests.details')} autosize minRows={2} maxLength={2000} {...form.getInputProps('details')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={log.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Closes a request as fulfilled or refused; the server refuses "done" for an erasure or restriction not yet carried out. */
export function DataRequestResolveForm({ request, onClose }: { request: TDataRequest; onClose: () => void }) {
  const { t } = useT();
  const resolve = useResolveDataRequest();
  const form = useForm({ initialValues: { status: 'done', resolution: '' } });
  const close = () => {
    form.reset();
    resolve.reset();
    onClose();
  };
  const submit = form.onSubmit(async (v) => {
    try {
      await resolve.mutateAsync({
        id: request.id,
        body: { status: v.status as 'done' | 'refused', resolution: v.resolution.trim() || null },
      });
      notifications.show({ color: 'teal', message: t('media.dataRequests.resolved') });
      close();
    } catch (error) {
      applyFieldErrors(form, error);
    }
  });
  const kind = t(`media.dataRequests.kinds.${request.kind}`);
  const fieldError = form.errors.status;
  return (
    <form onSubmit={submit} aria-label={t('media.dataRequests.resolveTitle', { kind })}>
      <Stack gap="sm">
        {resolve.isError && !fieldError && !form.errors.resolution ? <ErrorAlert error={resolve.error} /> : null}
        <Text size="sm">{request.subjectName}</Text>
        <Radio.Group label={t('media.dataRequests.outcome')} {...form.getInputProps('status')} error={undefined}>
          <Group mt={4}>
            <Radio value="done" label={t('media.dataRequests.outcomes.done')} />
            <Radio value="refused" label={t('media.dataRequests.outcomes.refused')} />
          </Group>
        </Radio.Group>
        {fieldError ? (
          <Alert color="red" data-testid="resolve-error">
            {fieldError}
          </Alert>
        ) : null}
        <Textarea
          label={t('media.dataRequests.resolution')}
          description={t('media.dataRequests.resolutionHint')}
          autosize
          minRows={2}
          maxLength={2000}
          {...form.getInputProps('resolution')}
        />
        <Text size="xs" c="dimmed">
          {t('media.dataRequests.resolveRule')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={resolve.isPending}>
            {t('media.dataRequests.resolve')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The close form in a dialog of its own, for the log's table (the person's dialog shows it inline). */
export function DataRequestResolveDialog({ request, onClose }: { request: TDataRequest | null; onClose: () => void }) {
  const { t } = useT();
  return (
    <AppModal
      opened={request !== null}
      onClose={onClose}
      title={request ? t('media.dataRequests.resolveTitle', { kind: t(`media.dataRequests.kinds.${request.kind}`) }) : ''}
    >
      {request ? <DataRequestResolveForm key={request.id} request={request} onClose={onClose} /> : null}
    </AppModal>
  );
}
