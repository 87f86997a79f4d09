import { Tabs } from '@mantine/core';
import { IconBuildingBroadcastTower, IconClockExclamation, IconUsers } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { useT } from '../../../app/i18n';
import { useCan } from '../../../app/session';
import { PageHeader } from '../../../components/page-header';
import { DataRequestLog } from '../components/data-request-log';
import { JournalistList } from '../components/journalist-list';
import { OutletList } from '../components/outlet-list';

/**
 * Kontak media: the outlets and the journalists (spec 30), with the basis, consent and retention
 * of the journalists' personal data and, for the coordinator, a person's requests about it (UU 27/2022).
 * The tab is kept in the address (`?tab=media`, `?tab=permintaan`) so that a link or a reload opens the same list.
 * The third tab, the log of personal-data requests and their deadlines, shows to those who answer or oversee them.
 */
export default function ContactsScreen() {
  const { t } = useT();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const requestsVisible = can('media.contacts.requests.read');
  const asked = params.get('tab');
  const tab = asked === 'media' ? 'media' : asked === 'permintaan' && requestsVisible ? 'permintaan' : 'wartawan';
  return (
    <>
      <PageHeader
        title={t('media.contacts.title')}
        intro={can('media.contacts.edit') ? t('media.contacts.intro') : `${t('media.contacts.intro')} ${t('common.readOnly')}`}
      />
      <Tabs value={tab} onChange={(v) => setParams(v && v !== 'wartawan' ? { tab: v } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="wartawan" leftSection={<IconUsers size={16} aria-hidden />}>
            {t('media.contacts.tabs.journalists')}
          </Tabs.Tab>
          <Tabs.Tab value="media" leftSection={<IconBuildingBroadcastTower size={16} aria-hidden />}>
            {t('media.contacts.tabs.outlets')}
          </Tabs.Tab>
          {requestsVisible ? (
            <Tabs.Tab value="permintaan" leftSection={<IconClockExclamation size={16} aria-hidden />}>
              {t('media.dataRequests.tab')}
            </Tabs.Tab>
          ) : null}
        </Tabs.List>
        <Tabs.Panel value="wartawan">
          <JournalistList />
        </Tabs.Panel>
        <Tabs.Panel value="media">
          <OutletList />
        </Tabs.Panel>
        {requestsVisible ? (
          <Tabs.Panel value="permintaan">
            <DataRequestLog />
          </Tabs.Panel>
        ) : null}
      </Tabs>
    </>
  );
}
