import { Tabs } from '@mantine/core';
import { IconBuildingBroadcastTower, IconUsers } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { useT } from '../../../app/i18n';
import { useCan } from '../../../app/session';
import { PageHeader } from '../../../components/page-header';
import { JournalistList } from '../components/journalist-list';
import { OutletList } from '../components/outlet-list';

/**
 * Kontak media: the outlets and the journalists (spec 30), with the basis, consent and retention
 * of the journalists' personal data and, for the coordinator, a person's requests about it (UU 27/2022).
 * The tab is kept in the address (`?tab=media`) so that a link or a reload opens the same list.
 */
export default function ContactsScreen() {
  const { t } = useT();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'media' ? 'media' : 'wartawan';
  return (
    <>
      <PageHeader
        title={t('media.contacts.title')}
        intro={can('media.contacts.edit') ? t('media.contacts.intro') : `${t('media.contacts.intro')} ${t('common.readOnly')}`}
      />
      <Tabs value={tab} onChange={(v) => setParams(v === 'media' ? { tab: 'media' } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="wartawan" leftSection={<IconUsers size={16} aria-hidden />}>
            {t('media.contacts.tabs.journalists')}
          </Tabs.Tab>
          <Tabs.Tab value="media" leftSection={<IconBuildingBroadcastTower size={16} aria-hidden />}>
            {t('media.contacts.tabs.outlets')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="wartawan">
          <JournalistList />
        </Tabs.Panel>
        <Tabs.Panel value="media">
          <OutletList />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
