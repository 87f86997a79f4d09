import { Button, Group } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useT } from '../../../app/i18n';

export type ExportFormat = 'xlsx' | 'csv';

/**
 * Download the list as shown — the same filters — as XLSX or CSV (spec 90). Plain links: the browser
 * downloads the file itself, and the server records the export in the audit trail. `compact` fits
 * them on a line of text (a list's count); their names for a screen reader stay whole.
 */
export function ExportButtons({ url, compact = false }: { url: (format: ExportFormat) => string; compact?: boolean }) {
  const { t } = useT();
  return (
    <Group gap={4} wrap="nowrap">
      <Button
        component="a"
        href={url('xlsx')}
        variant="default"
        size={compact ? 'compact-sm' : 'sm'}
        leftSection={<IconDownload size={compact ? 14 : 16} aria-hidden />}
        aria-label={compact ? t('media.exportXlsx') : undefined}
      >
        {compact ? 'XLSX' : t('media.exportXlsx')}
      </Button>
      <Button
        component="a"
        href={url('csv')}
        variant="subtle"
        size={compact ? 'compact-sm' : 'sm'}
        aria-label={compact ? t('media.exportCsv') : undefined}
      >
        {compact ? 'CSV' : t('media.exportCsv')}
      </Button>
    </Group>
  );
}
