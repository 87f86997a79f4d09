import { createBrowserRouter, type RouteObject } from 'react-router';
import { FullPageLoader } from '../components/full-page-loader';
import { NotFound, PermissionGate, RouteError } from '../components/status-pages';
import { type LoadScreen, NAVIGATION, type NavEntry } from './navigation';
import { Shell } from './shell';

/** A lazy route from a module that exports its screen as default. */
const lazyScreen = (load: LoadScreen) => async () => ({ Component: (await load()).default });

function routeOf(entry: NavEntry): RouteObject {
  const lazy = lazyScreen(entry.load);
  if (entry.path === '/') return { index: true, lazy };
  // The gate renders before the screen's chunk matters, so a direct visit without the
  // permission shows "access denied" instead of a screen whose requests would all fail.
  const children: RouteObject[] = [{ index: true, lazy }];
  for (const sub of entry.subRoutes ?? []) children.push({ path: sub.path, lazy: lazyScreen(sub.load) });
  return { path: entry.path.slice(1), element: <PermissionGate permission={entry.permission} />, children };
}

/** Every screen is a separate chunk loaded on first visit; only the shell is in the first load. */
export const routes: RouteObject[] = [
  {
    path: '/masuk',
    lazy: lazyScreen(() => import('../features/auth/routes/sign-in')),
    ErrorBoundary: RouteError,
    HydrateFallback: FullPageLoader,
  },
  // A survey's respondent page: public, no account, outside the signed-in shell.
  {
    path: '/s/:token',
    lazy: lazyScreen(() => import('../features/surveys/routes/respond')),
    ErrorBoundary: RouteError,
    HydrateFallback: FullPageLoader,
  },
  // The interview-request form for journalists and its status page: public, outside the shell.
  {
    path: '/wawancara',
    lazy: lazyScreen(() => import('../features/media/routes/public-request')),
    ErrorBoundary: RouteError,
    HydrateFallback: FullPageLoader,
  },
  {
    path: '/wawancara/status/:code?',
    lazy: lazyScreen(() => import('../features/media/routes/public-status')),
    ErrorBoundary: RouteError,
    HydrateFallback: FullPageLoader,
  },
  {
    path: '/',
    Component: Shell,
    ErrorBoundary: RouteError,
    HydrateFallback: FullPageLoader,
    children: [
      ...NAVIGATION.map(routeOf),
      { path: 'akun', lazy: lazyScreen(() => import('../features/account/routes/account')) },
      { path: '*', Component: NotFound },
    ],
  },
];

export const router = createBrowserRouter(routes);
