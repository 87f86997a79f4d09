import { useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { TMe } from '../../shared/org';
import { ApiError, api, unwrap } from '../lib/api';
import { ME_KEY } from '../lib/query';

async function fetchMe(): Promise<TMe | null> {
  try {
    return await unwrap(api.api.me.$get());
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** The signed-in user, their unit and permissions, or `null` when signed out. */
export function useMeQuery() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 5 * 60_000 });
}

export const SessionContext = createContext<TMe | null>(null);

/** The signed-in user inside the shell (the shell renders nothing else without one). */
export function useSession(): TMe {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useSession outside the signed-in shell');
  return me;
}

/** Whether the signed-in user may take `permission` (computed by the server from each module's policy). */
export function useCan(): (permission: string | null) => boolean {
  const me = useSession();
  return (permission) => permission === null || me.permissions.includes(permission);
}
