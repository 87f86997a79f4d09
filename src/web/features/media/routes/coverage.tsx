import { useT } from '../../../app/i18n';
import { PageHeader } from '../../../components/page-header';

/** Placeholder until the screen is built. */
export default function CoverageScreen() {
  const { t } = useT();
  return <PageHeader title={t('media.coverage.title')} />;
}
