import { Alert, Button, Checkbox, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconMailForward } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import { spreadsheetSafe } from '../../../../shared/spreadsheet-safe';
import { ErrorAlert } from '../../../components/query-state';
import { saveFile } from '../../../lib/save-file';
import { useInviteJournalists } from '../api/surveys';
import type { SurveyDetail } from './types';

interface Invited {
  name: string;
  email: string;
  link: string;
}

/** The list as CSV for a mail merge (UTF-8 with BOM for Excel; every cell quoted, formulas neutralised). */
function downloadCsv(rows: Invited[], headers: [string, string, string], fileName: string) {
  const cell = (v: string) => `"${spreadsheetSafe(v).replace(/"/g, '""')}"`;
  const lines = [headers.map(cell).join(','), ...rows.map((r) => [r.name, r.email, r.link].map(cell).join(','))];
  saveFile(`\uFEFF${lines.join('\r\n')}\r\n`, 'text/csv;charset=utf-8', `${fileName}.csv`);
}

/**
 * Media satisfaction (IKK3) is asked of the journalists served during the year: this makes one
 * personal invitation for each of them in the media contacts who may be contacted, and shows the
 * links once, beside each name and e-mail, to download for sending.
 */
export function JournalistInvitations({ survey }: { survey: SurveyDetail }) {
  const { t } = useT();
  const invite = useInviteJournalists(survey.id);
  const [servedOnly, setServedOnly] = useState(true);
  const [invited, setInvited] = useState<Invited[] | null>(null);
  const origin = window.location.origin;
  const create = async () => {
    const created = await invite.mutateAsync(servedOnly ? survey.year : null);
    setInvited(created.items.map((i) => ({ name: i.name, email: i.email, link: `${origin}${i.path}` })));
  };
  const headers: [string, string, string] = [
    t('surveys.detail.journalistName'),
    t('surveys.detail.journalistEmail'),
    t('surveys.detail.journalistLink'),
  ];
  return (
    <Stack gap="xs" data-testid="journalist-invitations">
      <Title order={3} size="h6">
        {t('surveys.detail.journalists')}
      </Title>
      <Text size="xs" c="dimmed">
        {t('surveys.detail.journalistsHint')}
      </Text>
      <Checkbox
        label={t('surveys.detail.journalistsServed', { year: survey.year })}
        checked={servedOnly}
        onChange={(e) => setServedOnly(e.currentTarget.checked)}
      />
      <Group>
        <Button variant="default" leftSection={<IconMailForward size={16} aria-hidden />} loading={invite.isPending} onClick={create}>
          {t('surveys.detail.journalistsCreate')}
        </Button>
      </Group>
      {invite.isError ? <ErrorAlert error={invite.error} /> : null}
      {invited && invited.length === 0 ? <Text size="sm">{t('surveys.detail.journalistsNone')}</Text> : null}
      {invited && invited.length > 0 ? (
        <Alert color="yellow" variant="light" title={t('surveys.detail.journalistsCreated', { count: invited.length })}>
          <Stack gap="xs">
            <Group>
              <Button
                size="xs"
                leftSection={<IconDownload size={14} aria-hidden />}
                onClick={() => downloadCsv(invited, headers, t('surveys.detail.journalistsFile'))}
              >
                {t('surveys.detail.journalistsDownload')}
              </Button>
            </Group>
            <Table.ScrollContainer minWidth={560}>
              <Table data-testid="journalist-invitation-links">
                <Table.Thead>
                  <Table.Tr>
                    {headers.map((h) => (
                      <Table.Th key={h}>{h}</Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {invited.map((r) => (
                    <Table.Tr key={r.link}>
                      <Table.Td>{r.name}</Table.Td>
                      <Table.Td>{r.email}</Table.Td>
                      <Table.Td style={{ wordBreak: 'break-all' }}>
                        <Text size="xs" ff="monospace">
                          {r.link}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        </Alert>
      ) : null}
    </Stack>
  );
}
