import { Center, Loader } from '@mantine/core';
import { useT } from '../app/i18n';

/** Shown while the session or a screen's chunk loads. */
export function FullPageLoader() {
  const { t } = useT();
  return (
    <Center mih="60vh" role="status" aria-live="polite">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}
