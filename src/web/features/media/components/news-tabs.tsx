import { Tabs } from '@mantine/core';
import { useLocation, useNavigate } from 'react-router';
import { useT } from '../../../app/i18n';
import { useCan } from '../../../app/session';

const TABS = [
  { key: 'list', path: '/humas/berita', permission: 'media.read' },
  { key: 'queue', path: '/humas/berita/label', permission: 'media.news.edit' },
  { key: 'statistics', path: '/humas/berita/statistik', permission: 'media.read' },
  { key: 'import', path: '/humas/berita/impor', permission: 'media.news.import' },
  { key: 'feeds', path: '/humas/berita/umpan', permission: 'media.read' },
  { key: 'model', path: '/humas/berita/model', permission: 'media.read' },
] as const;

/** The news screens as tabs: list, labelling, statistics, import, RSS feeds, tone model. */
export function NewsTabs() {
  const { t } = useT();
  const can = useCan();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const current = [...TABS].reverse().find((tab) => pathname.startsWith(tab.path))?.path ?? TABS[0].path;
  return (
    <Tabs value={current} onChange={(v) => v && navigate(v)} mb="md">
      <Tabs.List>
        {TABS.filter((tab) => can(tab.permission)).map((tab) => (
          <Tabs.Tab key={tab.key} value={tab.path}>
            {t(`media.tabs.${tab.key}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
