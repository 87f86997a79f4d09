import type { TAlert } from '../../../../shared/media';
import type { TFunction } from '../../../app/i18n';
import type { useFormat } from '../../../lib/format';

/** An open alert in one sentence (what spiked, how many items, against which threshold), as the digest screen and the home page say it. */
export function alertSentence(a: TAlert, t: TFunction, format: ReturnType<typeof useFormat>): string {
  const figures = { count: format.number(a.count), threshold: format.decimal(a.threshold, 1) };
  return a.kind === 'negative'
    ? t('media.digest.alertNegative', figures)
    : t('media.digest.alertIssue', { subject: a.subject, ...figures });
}
