import { Button, Code, CopyButton, Group, type MantineFontSize } from '@mantine/core';
import { useT } from '../app/i18n';

/**
 * A value to write down or paste elsewhere (a secret, a tracking code), with a button that copies
 * it. The value wraps (after a hyphen where it has one) rather than running off a phone's screen.
 */
export function Copyable({ value, testId, fz }: { value: string; testId?: string; fz?: MantineFontSize }) {
  const { t } = useT();
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Code block fz={fz} style={{ flex: 1, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }} data-testid={testId}>
        {value}
      </Code>
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Button size="xs" variant="default" onClick={copy}>
            {copied ? t('common.copied') : t('common.copy')}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}
