import { useT } from '../../../app/i18n';
import { PageHeader } from '../../../components/page-header';

/** Placeholder until the screen is built. */
export default function FeedsScreen() {
  const { t } = useT();
  return <PageHeader title={t('media.feeds.title')} />;
}
