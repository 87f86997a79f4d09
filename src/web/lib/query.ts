import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api';

/** The signed-in user (`GET /api/me`); `null` when nobody is signed in. */
export const ME_KEY = ['me'] as const;

/**
 * One query client for the app. A 401 anywhere means the session is gone: forgetting `me` sends
 * the user to the sign-in page. TOTP_REQUIRED re-reads `me`, whose `totpRequired` routes the user
 * to the authenticator setup. Client errors (4xx) are not retried: they would fail again.
 */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (!(error instanceof ApiError)) return;
    if (error.status === 401 && error.code !== 'INVALID_CREDENTIALS') client.setQueryData(ME_KEY, null);
    if (error.code === 'TOTP_REQUIRED') void client.invalidateQueries({ queryKey: ME_KEY });
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
      },
      mutations: { retry: false },
    },
  });
  return client;
}
