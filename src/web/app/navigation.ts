import {
  IconAddressBook,
  IconBellRinging,
  IconCamera,
  IconBulb,
  IconCalendarEvent,
  IconChartBar,
  IconHome,
  IconListSearch,
  IconMessageCircleQuestion,
  IconMicrophone,
  IconNews,
  IconSitemap,
  IconSpeakerphone,
  IconTargetArrow,
  IconUsers,
  type TablerIcon,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { UiKey } from './i18n';

export type NavSection = 'main' | 'organisation' | 'oversight';

/**
 * One screen of a module: its place in the navigation and its route. A module adds one entry;
 * the router builds its lazy route from it and the navbar shows it only to users whose
 * permissions (from `GET /api/me`) include `permission`.
 */
export interface NavEntry {
  id: string;
  /** Absolute path of the entry's screen (its navbar link). */
  path: string;
  label: UiKey;
  /** One line on the home page: what the user does there. */
  hint: UiKey;
  icon: TablerIcon;
  /** The permission needed to see the entry and open the screen; `null` for every signed-in user. */
  permission: string | null;
  section: NavSection;
  /** The screen's module, loaded when first opened (a separate chunk). */
  load: LoadScreen;
  /**
   * Further screens below `path` without a navbar link of their own (an indicator's page under
   * the dashboard), behind the same permission. Paths are relative: `'indikator/:id'`.
   */
  subRoutes?: readonly SubRoute[];
}

export type LoadScreen = () => Promise<{ default: ComponentType }>;

export interface SubRoute {
  path: string;
  load: LoadScreen;
}

export const NAV_SECTIONS: readonly NavSection[] = ['main', 'organisation', 'oversight'];

export const NAVIGATION: readonly NavEntry[] = [
  {
    id: 'home',
    path: '/',
    label: 'nav.home',
    hint: 'nav.homeHint',
    icon: IconHome,
    permission: null,
    section: 'main',
    load: () => import('../features/home/routes/home'),
  },
  {
    id: 'performance',
    path: '/kinerja',
    label: 'nav.performance',
    hint: 'nav.performanceHint',
    icon: IconChartBar,
    permission: 'performance.read',
    section: 'main',
    load: () => import('../features/performance/routes/dashboard'),
    subRoutes: [{ path: 'indikator/:id', load: () => import('../features/performance/routes/indicator') }],
  },
  {
    id: 'performance-advice',
    path: '/kinerja/saran-target',
    label: 'nav.performanceAdvice',
    hint: 'nav.performanceAdviceHint',
    icon: IconBulb,
    permission: 'performance.read',
    section: 'main',
    load: () => import('../features/performance/routes/target-advice'),
  },
  {
    id: 'performance-plan',
    path: '/kinerja/rencana',
    label: 'nav.performancePlan',
    hint: 'nav.performancePlanHint',
    icon: IconTargetArrow,
    permission: 'performance.plan.edit',
    section: 'main',
    load: () => import('../features/performance/routes/plan'),
  },
  {
    id: 'surveys',
    path: '/survei',
    label: 'nav.surveys',
    hint: 'nav.surveysHint',
    icon: IconMessageCircleQuestion,
    permission: 'surveys.read',
    section: 'main',
    load: () => import('../features/surveys/routes/surveys'),
    subRoutes: [
      { path: 'baru', load: () => import('../features/surveys/routes/builder') },
      { path: ':id', load: () => import('../features/surveys/routes/survey') },
      { path: ':id/kuesioner', load: () => import('../features/surveys/routes/questionnaire') },
    ],
  },
  {
    id: 'media-news',
    path: '/humas/berita',
    label: 'media.nav.news',
    hint: 'media.nav.newsHint',
    icon: IconNews,
    permission: 'media.read',
    section: 'main',
    load: () => import('../features/media/routes/news'),
    subRoutes: [
      { path: 'label', load: () => import('../features/media/routes/queue') },
      { path: 'statistik', load: () => import('../features/media/routes/statistics') },
      { path: 'impor', load: () => import('../features/media/routes/import') },
      { path: 'umpan', load: () => import('../features/media/routes/feeds') },
      { path: 'model', load: () => import('../features/media/routes/model') },
    ],
  },
  {
    id: 'media-digest',
    path: '/humas/ringkasan',
    label: 'media.nav.digest',
    hint: 'media.nav.digestHint',
    icon: IconBellRinging,
    permission: 'media.digest.read',
    section: 'main',
    load: () => import('../features/media/routes/digests'),
    subRoutes: [{ path: 'pengaturan', load: () => import('../features/media/routes/digest-settings') }],
  },
  {
    id: 'media-interviews',
    path: '/humas/wawancara',
    label: 'media.nav.interviews',
    hint: 'media.nav.interviewsHint',
    icon: IconMicrophone,
    permission: 'media.interview.read',
    section: 'main',
    load: () => import('../features/media/routes/interviews'),
    subRoutes: [{ path: ':id', load: () => import('../features/media/routes/interview') }],
  },
  {
    id: 'media-releases',
    path: '/humas/siaran-pers',
    label: 'media.nav.releases',
    hint: 'media.nav.releasesHint',
    icon: IconSpeakerphone,
    permission: 'media.read',
    section: 'main',
    load: () => import('../features/media/routes/releases'),
  },
  {
    id: 'media-coverage',
    path: '/humas/peliputan',
    label: 'media.nav.coverage',
    hint: 'media.nav.coverageHint',
    icon: IconCamera,
    permission: 'media.coverage.read',
    section: 'main',
    load: () => import('../features/media/routes/coverage'),
  },
  {
    id: 'media-contacts',
    path: '/humas/kontak',
    label: 'media.nav.contacts',
    hint: 'media.nav.contactsHint',
    icon: IconAddressBook,
    permission: 'media.contacts.read',
    section: 'main',
    load: () => import('../features/media/routes/contacts'),
  },
  {
    id: 'units',
    path: '/unit',
    label: 'nav.units',
    hint: 'nav.unitsHint',
    icon: IconSitemap,
    permission: 'org.unit.read',
    section: 'organisation',
    load: () => import('../features/units/routes/units'),
  },
  {
    id: 'users',
    path: '/pengguna',
    label: 'nav.users',
    hint: 'nav.usersHint',
    icon: IconUsers,
    permission: 'org.user.read',
    section: 'organisation',
    load: () => import('../features/users/routes/users'),
  },
  {
    id: 'calendar',
    path: '/kalender',
    label: 'nav.calendar',
    hint: 'nav.calendarHint',
    icon: IconCalendarEvent,
    permission: 'org.calendar.read',
    section: 'organisation',
    load: () => import('../features/calendar/routes/calendar'),
  },
  {
    id: 'audit',
    path: '/audit',
    label: 'nav.audit',
    hint: 'nav.auditHint',
    icon: IconListSearch,
    permission: 'audit.read',
    section: 'oversight',
    load: () => import('../features/audit/routes/audit'),
  },
];

/** The entries a user with `permissions` may see, in registry order. */
export function visibleEntries(permissions: readonly string[]): NavEntry[] {
  return NAVIGATION.filter((entry) => entry.permission === null || permissions.includes(entry.permission));
}
