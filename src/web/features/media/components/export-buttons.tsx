import { Button, Group } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useT } from '../../../app/i18n';

export type ExportFormat = 'xlsx' | 'csv';

/**
 * Download the list as shown — the same filters — as XLSX or CSV (spec 90). Plain links: the browser
 * downloads the file itself, and the server records the export in the audit trail.
 */
export function ExportButtons({ url }: { url: (format: ExportFormat) => string }) {
  const { t } = useT();
  return (
    <Group gap={4} wrap="nowrap">
      <Button component="a" href={url('xlsx')} variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
        {t('media.exportXlsx')}
      </Button>
      <Button component="a" href={url('csv')} variant="subtle">
        {t('media.exportCsv')}
      </Button>
    </Group>
  );
}
