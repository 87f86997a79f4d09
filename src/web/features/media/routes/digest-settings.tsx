import { Alert, Button, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { useCan } from '../../../app/session';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { useMediaSettings } from '../api/settings';
import { SettingsForm } from '../components/settings-form';
import { SubscriptionList } from '../components/subscription-list';

/**
 * Pengaturan ringkasan: digest times, default feed keywords, the public form's limit and notice
 * (the coordinator and admin edit, the bureau reads), and the digest's e-mail recipients (managed
 * by those who edit the settings; the API lists them to no one else).
 */
export default function DigestSettingsScreen() {
  const { t } = useT();
  const can = useCan();
  const readable = can('media.read');
  const editor = can('media.settings.edit');
  const settings = useMediaSettings(readable);

  return (
    <>
      <PageHeader
        title={t('media.feeds.settings.title')}
        intro={t('media.feeds.settings.intro')}
        actions={
          <Button component={Link} to="/humas/ringkasan" variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />}>
            {t('media.feeds.settings.back')}
          </Button>
        }
      />
      {!readable ? (
        <Alert color="gray">{t('media.feeds.settings.noAccess')}</Alert>
      ) : (
        <Stack gap="md">
          {editor ? null : <Alert color="blue">{t('media.feeds.settings.readOnly')}</Alert>}
          <QueryState query={settings}>{() => <SettingsForm settings={settings.data!} readOnly={!editor} />}</QueryState>
          {editor ? <SubscriptionList /> : null}
        </Stack>
      )}
    </>
  );
}
