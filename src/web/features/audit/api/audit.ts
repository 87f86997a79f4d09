import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

export interface AuditFilters {
  from?: string;
  to?: string;
  action?: string;
  entityType?: string;
}

const PAGE_SIZE = 100;

/** Only the filters that are set, as query parameters. */
function query(filters: AuditFilters): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value)) as Record<string, string>;
}

/** The trail, newest first, a page at a time (`beforeId` pages backwards). */
export function useAuditTrail(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', filters],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.api.audit.$get({
          query: { ...query(filters), limit: String(PAGE_SIZE), ...(pageParam ? { beforeId: String(pageParam) } : {}) },
        }),
      ),
    getNextPageParam: (last) => (last.items.length === PAGE_SIZE ? last.items.at(-1)?.id : undefined),
  });
}

/** One entry with the record before and after and its hash (the list carries neither). */
export function useAuditEntry(id: number) {
  return useQuery({
    queryKey: ['audit', 'entry', id],
    queryFn: () => unwrap(api.api.audit[':id'].$get({ param: { id: String(id) } })),
    // An entry never changes (the trail is append-only).
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The download address of the filtered trail (the server records the export itself). */
export function auditExportUrl(filters: AuditFilters, format: 'xlsx' | 'csv'): string {
  const url = api.api.audit.export.$url({ query: { ...query(filters), format } });
  return `${url.pathname}${url.search}`;
}
