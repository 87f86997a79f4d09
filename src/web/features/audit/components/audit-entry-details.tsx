import { Code, Stack, Text } from '@mantine/core';
import { AppModal } from '../../../components/app-modal';
import { useT } from '../../../app/i18n';

export interface AuditEntryView {
  id: number;
  before: unknown;
  after: unknown;
  hash: string;
}

function Json({ label, value }: { label: string; value: unknown }) {
  const { t } = useT();
  return (
    <div>
      <Text size="sm" fw={600} mb={4}>
        {label}
      </Text>
      {value == null ? (
        <Text size="sm" c="dimmed">
          {t('common.none')}
        </Text>
      ) : (
        <Code block style={{ maxHeight: 280, overflow: 'auto' }}>
          {JSON.stringify(value, null, 2)}
        </Code>
      )}
    </div>
  );
}

/** What one entry changed: the record before and after, and the entry's hash in the chain. */
export function AuditEntryDetails({ entry, onClose }: { entry: AuditEntryView; onClose: () => void }) {
  const { t } = useT();
  return (
    <AppModal opened onClose={onClose} title={t('audit.detailsTitle', { id: entry.id })} size="xl">
      <Stack gap="md">
        <Json label={t('audit.before')} value={entry.before} />
        <Json label={t('audit.after')} value={entry.after} />
        <div>
          <Text size="sm" fw={600} mb={4}>
            {t('audit.hash')}
          </Text>
          <Code style={{ wordBreak: 'break-all' }}>{entry.hash}</Code>
        </div>
      </Stack>
    </AppModal>
  );
}
