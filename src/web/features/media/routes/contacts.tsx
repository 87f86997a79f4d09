import { useT } from '../../../app/i18n';
import { PageHeader } from '../../../components/page-header';

/** Placeholder until the screen is built. */
export default function ContactsScreen() {
  const { t } = useT();
  return <PageHeader title={t('media.contacts.title')} />;
}
