import { Badge } from '@mantine/core';
import { useT } from '../../../app/i18n';

export const TONE_COLORS = { positive: 'teal', neutral: 'gray', negative: 'red' } as const;
type Tone = keyof typeof TONE_COLORS;

/** A tone as a coloured word (never colour alone: the word says it). */
export function ToneBadge({ tone, variant = 'light' }: { tone: string | null; variant?: 'light' | 'outline' }) {
  const { t } = useT();
  if (!tone)
    return (
      <Badge variant="outline" color="gray" style={{ minWidth: 'max-content' }}>
        {t('media.tone.none')}
      </Badge>
    );
  return (
    <Badge variant={variant} color={TONE_COLORS[tone as Tone] ?? 'gray'} style={{ minWidth: 'max-content' }}>
      {t(`media.tone.${tone as Tone}`)}
    </Badge>
  );
}
