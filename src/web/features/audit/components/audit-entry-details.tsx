import { Code, Stack, Text } from '@mantine/core';
import { AppModal } from '../../../components/app-modal';
import { QueryState } from '../../../components/query-state';
import { useT } from '../../../app/i18n';
import { useAuditEntry } from '../api/audit';

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

/** What one entry changed: the record before and after, and the entry's hash in the chain, read when opened. */
export function AuditEntryDetails({ id, onClose }: { id: number; onClose: () => void }) {
  const { t } = useT();
  const entry = useAuditEntry(id);
  return (
    <AppModal opened onClose={onClose} title={t('audit.detailsTitle', { id })} size="xl">
      <QueryState query={entry}>
        {() => (
          <Stack gap="md">
            <Json label={t('audit.before')} value={entry.data?.before} />
            <Json label={t('audit.after')} value={entry.data?.after} />
            <div>
              <Text size="sm" fw={600} mb={4}>
                {t('audit.hash')}
              </Text>
              <Code style={{ wordBreak: 'break-all' }}>{entry.data?.hash}</Code>
            </div>
          </Stack>
        )}
      </QueryState>
    </AppModal>
  );
}
