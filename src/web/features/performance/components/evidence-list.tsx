import { Anchor, Group, List, Stack, Text } from '@mantine/core';
import { IconFile, IconLink } from '@tabler/icons-react';
import type { IndicatorPage } from '../../../../server/modules/performance/queries/indicator-page';
import { useT } from '../../../app/i18n';
import { useEvidenceFiles } from '../api/performance';
import type { PerfFormat } from '../lib/format';
import { localText } from '../lib/text';
import { RealizationStatusBadge } from './badges';

type Realization = IndicatorPage['realizations'][number];

function EvidenceFiles({ ids }: { ids: readonly string[] }) {
  const { t } = useT();
  const files = useEvidenceFiles(ids);
  if (ids.length === 0) return null;
  return (
    <List size="sm" spacing={2} icon={<IconFile size={14} aria-hidden />}>
      {ids.map((id, i) => {
        const file = files.data?.[i];
        return (
          <List.Item key={id}>
            {file ? (
              <Anchor href={file.downloadUrl} size="sm">
                {file.name}
              </Anchor>
            ) : (
              <Text span size="sm" c="dimmed">
                {files.isError ? `${t('performance.indicator.files')} ${id.slice(0, 8)}` : t('common.loading')}
              </Text>
            )}
          </List.Item>
        );
      })}
    </List>
  );
}

/** Each period's note, links and files, with where it stands in the workflow. */
export function EvidenceList({ realizations, format }: { realizations: readonly Realization[]; format: PerfFormat }) {
  const { t, lang } = useT();
  const withContent = realizations.filter((r) => r.note || r.evidenceLinks.length || r.evidenceFileIds.length);
  if (withContent.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('performance.indicator.noEvidence')}
      </Text>
    );
  return (
    <Stack gap="md" data-testid="evidence">
      {withContent.map((r) => (
        <Stack key={r.id} gap={4}>
          <Group gap="xs">
            <Text fw={600} size="sm">
              {format.period(r.period)}
            </Text>
            <RealizationStatusBadge status={r.status as Parameters<typeof RealizationStatusBadge>[0]['status']} />
          </Group>
          {r.note ? (
            <Text size="sm">
              <Text span c="dimmed" size="sm">{`${t('performance.indicator.note')}: `}</Text>
              {localText(r.note, lang)}
            </Text>
          ) : null}
          {r.evidenceLinks.length ? (
            <List size="sm" spacing={2} icon={<IconLink size={14} aria-hidden />}>
              {r.evidenceLinks.map((link) => (
                <List.Item key={link}>
                  <Anchor href={link} target="_blank" rel="noopener noreferrer" size="sm" style={{ wordBreak: 'break-all' }}>
                    {link}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          ) : null}
          <EvidenceFiles ids={r.evidenceFileIds} />
          {r.statusComment ? <Text size="sm" c="dimmed">{`${t('performance.indicator.statusComment')}: ${r.statusComment}`}</Text> : null}
        </Stack>
      ))}
    </Stack>
  );
}
