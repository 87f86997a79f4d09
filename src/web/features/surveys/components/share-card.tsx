import { Alert, Button, CopyButton, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import { ErrorAlert } from '../../../components/query-state';
import { useFormat } from '../../../lib/format';
import { useCan } from '../../../app/session';
import { useCreateInvitations } from '../api/surveys';
import { JournalistInvitations } from './journalist-invitations';
import type { SurveyDetail } from './types';

/** The public link to hand out, and personal invitations (shown once, at creation). */
export function ShareCard({ survey, canManage }: { survey: SurveyDetail; canManage: boolean }) {
  const { t } = useT();
  const format = useFormat();
  const [count, setCount] = useState<number | string>(10);
  const create = useCreateInvitations(survey.id);
  const [links, setLinks] = useState<string[]>([]);
  const origin = window.location.origin;
  const can = useCan();
  const copyButton = (value: string, testId?: string) => (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Button size="xs" variant="light" onClick={copy} data-testid={testId}>
          {copied ? t('surveys.detail.copied') : t('surveys.detail.copy')}
        </Button>
      )}
    </CopyButton>
  );
  return (
    <Stack gap="md">
      {survey.publicPath ? (
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <TextInput
            label={t('surveys.detail.publicLink')}
            value={`${origin}${survey.publicPath}`}
            readOnly
            style={{ flex: 1 }}
            onFocus={(e) => e.currentTarget.select()}
            data-testid="public-link"
          />
          {copyButton(`${origin}${survey.publicPath}`, 'copy-public-link')}
        </Group>
      ) : (
        <Text size="sm">{t('surveys.detail.invitationOnly')}</Text>
      )}
      <Text size="sm" c="dimmed">
        {t('surveys.detail.invitations')}:{' '}
        {t('surveys.detail.invitationsUsed', {
          used: format.number(survey.invitations.used),
          total: format.number(survey.invitations.total),
        })}
      </Text>
      {canManage && survey.status !== 'closed' ? (
        <Group align="flex-end" gap="xs">
          <NumberInput label={t('surveys.detail.invitationCount')} value={count} onChange={setCount} min={1} max={1000} w={200} />
          <Button
            variant="default"
            loading={create.isPending}
            onClick={async () => {
              const created = await create.mutateAsync(Number(count) || 1);
              setLinks(created.items.map((i) => `${origin}${i.path}`));
            }}
          >
            {t('surveys.detail.createInvitations')}
          </Button>
        </Group>
      ) : null}
      {create.isError ? <ErrorAlert error={create.error} /> : null}
      {canManage && survey.status !== 'closed' && survey.kind === 'ikm' && can('media.contacts.read') ? (
        <JournalistInvitations survey={survey} />
      ) : null}
      {links.length ? (
        <Alert color="yellow" variant="light" title={t('surveys.detail.invitationsCreated')}>
          <Stack gap={4}>
            <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all', whiteSpace: 'pre-line' }} data-testid="invitation-links">
              {links.join('\n')}
            </Text>
            <Group>{copyButton(links.join('\n'))}</Group>
          </Stack>
        </Alert>
      ) : null}
    </Stack>
  );
}
