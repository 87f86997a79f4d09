import { Badge } from '@mantine/core';
import { useT } from '../../../app/i18n';

const STATUS_COLORS = { received: 'blue', triaged: 'cyan', assigned: 'violet', fulfilled: 'teal', declined: 'gray' } as const;

export function InterviewStatus({ status }: { status: keyof typeof STATUS_COLORS }) {
  const { t } = useT();
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} style={{ minWidth: 'max-content' }}>
      {t(`media.status.${status}`)}
    </Badge>
  );
}
