import { Group, Text } from '@mantine/core';
import { useT } from '../app/i18n';

/** The mark and the name "Simpul" (a knot: the bureau ties partners, press and public together). */
export function Logo() {
  const { t } = useT();
  return (
    <Group gap={8} wrap="nowrap">
      <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="7" fill="#1864ab" />
        <path d="M9 16c0-4 3-7 7-7s7 3 7 7-3 7-7 7" fill="none" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
        <circle cx="16" cy="16" r="3" fill="#fff" />
      </svg>
      <Text fw={700} size="lg" c="blue.9">
        {t('common.appName')}
      </Text>
    </Group>
  );
}
