import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import type { UiLang } from '../../shared/i18n/ui';
import { setLanguage, useT } from '../app/i18n';

/** ID | EN. The choice is kept in a cookie (read by the server for its messages) and in storage. */
export function LanguageSwitch() {
  const { t, lang } = useT();
  const option = (value: UiLang, short: string) => ({
    value,
    label: (
      <>
        <span aria-hidden="true">{short}</span>
        <VisuallyHidden>{t(`lang.${value}`)}</VisuallyHidden>
      </>
    ),
  });
  return (
    <SegmentedControl
      size="xs"
      value={lang}
      onChange={(value) => void setLanguage(value as UiLang)}
      data={[option('id', 'ID'), option('en', 'EN')]}
      aria-label={t('lang.label')}
      data-testid="language-switch"
    />
  );
}
