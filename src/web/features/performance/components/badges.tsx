import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';
import type { TIndicatorEvaluation } from '../../../../shared/performance';
import { useT } from '../../../app/i18n';
import { categoryStyle } from '../lib/colors';

type Category = TIndicatorEvaluation['category'];
type Status = TIndicatorEvaluation['status'];

// Badges keep their full width and normal case: a squeezed table must not cut "Sangat Baik".
const base: BadgeProps = { radius: 'sm', tt: 'none', style: { minWidth: 'max-content' } };

/** Mantine's hues (shade 7) for the states the screens colour; text shades are derived by `categoryStyle`. */
export const TONES = {
  gray: '#495057',
  blue: '#1c7ed6',
  indigo: '#4263eb',
  teal: '#0ca678',
  yellow: '#f59f00',
  orange: '#f76707',
  red: '#e03131',
} as const;
export type Tone = keyof typeof TONES;

/**
 * A badge in a colour: a light tint behind a shade of the same colour dark enough to read
 * (≥ 4.5:1, WCAG AA). Mantine's light variant writes some hues (orange, yellow) too light.
 */
export function ToneBadge({
  color,
  size = 'md',
  children,
  ...rest
}: { color: string; size?: BadgeProps['size']; children: ReactNode } & Record<`data-${string}`, string | boolean>) {
  const style = categoryStyle(color);
  return (
    <Badge
      {...base}
      {...rest}
      size={size}
      variant="outline"
      style={{ ...base.style, background: style.tint, color: style.text, borderColor: style.accent }}
    >
      {children}
    </Badge>
  );
}

/** The achievement category in its plan colour. */
export function CategoryBadge({ category, size = 'md' }: { category: Category; size?: BadgeProps['size'] }) {
  const { t, lang } = useT();
  if (!category) return <span>{t('common.none')}</span>;
  return (
    <ToneBadge color={category.color} size={size} data-category={category.key}>
      {category.label[lang]}
    </ToneBadge>
  );
}

/** Computed from records, or entered by hand with evidence. */
export function SourceBadge({ source }: { source: 'computed' | 'manual' }) {
  const { t } = useT();
  return (
    <ToneBadge color={source === 'computed' ? TONES.indigo : TONES.gray} data-source={source}>
      {source === 'computed' ? t('performance.computed') : t('performance.manual')}
    </ToneBadge>
  );
}

const STATUS_TONE: Record<Status, Tone> = {
  none: 'gray',
  draft: 'yellow',
  submitted: 'blue',
  approved: 'teal',
  returned: 'red',
};

/** Where a period's realization stands in the workflow. */
export function RealizationStatusBadge({ status }: { status: Status }) {
  const { t } = useT();
  return (
    <ToneBadge color={TONES[STATUS_TONE[status]]} data-status={status}>
      {t(`performance.statuses.${status}`)}
    </ToneBadge>
  );
}

/** Efficient (IE ≥ SE) or not; nothing when the indicator has no budget to assess. The inefficient one is filled, to stand out. */
export function EfficiencyBadge({ efficient }: { efficient: boolean | null }) {
  const { t } = useT();
  if (efficient === null) return null;
  if (efficient)
    return (
      <ToneBadge color={TONES.teal} data-efficient="true">
        {t('performance.efficient')}
      </ToneBadge>
    );
  // White on red 9 (#c92a2a) is 5.4:1.
  return (
    <Badge {...base} variant="filled" color="red.9" c="white" data-efficient="false">
      {t('performance.inefficient')}
    </Badge>
  );
}

type Reason = 'no_history' | 'trend' | 'target_too_low' | 'keep';
const REASON_TONE: Record<Reason, string> = {
  target_too_low: TONES.orange,
  trend: TONES.blue,
  keep: TONES.gray,
  no_history: TONES.gray,
};

/** The target advisor's reason in a word or two (the sentence goes beside it). */
export function ReasonBadge({ reason }: { reason: Reason }) {
  const { t } = useT();
  return (
    <ToneBadge color={REASON_TONE[reason]} data-reason={reason}>
      {t(`performance.reasonsShort.${reason}`)}
    </ToneBadge>
  );
}
