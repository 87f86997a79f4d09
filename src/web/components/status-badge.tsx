import { Badge } from '@mantine/core';
import { useT } from '../app/i18n';

/** Aktif / Nonaktif. The badge keeps its full width: a table squeezing it would cut the word. */
export function StatusBadge({ active }: { active: boolean }) {
  const { t } = useT();
  return (
    <Badge variant="light" color={active ? 'teal' : 'gray'} style={{ minWidth: 'max-content' }}>
      {active ? t('common.active') : t('common.inactive')}
    </Badge>
  );
}
