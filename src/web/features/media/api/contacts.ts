import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TJournalistRequest, TOutlet } from '../../../../shared/media';
import type { TDataRequestCreate, TDataRequestResolve } from '../../../../shared/personal-data';
import { api, unwrap, unwrapJson } from '../../../lib/api';
import { MEDIA_KEY, useMediaMutation } from './news';

type TOutletRequest = Omit<TOutlet, 'id' | 'journalists'>;

export interface JournalistFilters {
  q: string;
  outletId: string;
  anonymized: boolean;
}

export function useOutlets(q = '') {
  return useQuery({
    queryKey: [...MEDIA_KEY, 'outlets', q],
    queryFn: () => unwrapJson(api.api.media.outlets.$get({ query: q ? { q } : {} })),
    placeholderData: keepPreviousData,
  });
}

/** The link that downloads the outlets found as a file (the server records the export). */
export function outletsExportUrl(q: string, format: 'xlsx' | 'csv'): string {
  return api.api.media.outlets.$url({ query: q ? { q, format } : { format } }).toString();
}

export function useSaveOutlet() {
  return useMediaMutation(({ id, body }: { id: string | null; body: TOutletRequest }) =>
    id ? unwrap(api.api.media.outlets[':id'].$put({ param: { id }, json: body })) : unwrap(api.api.media.outlets.$post({ json: body })),
  );
}

function journalistQuery(filters: JournalistFilters) {
  const query: Record<string, string> = {};
  if (filters.q) query.q = filters.q;
  if (filters.outletId) query.outletId = filters.outletId;
  if (filters.anonymized) query.anonymized = '1';
  return query;
}

export function useJournalists(filters: JournalistFilters) {
  const query = journalistQuery(filters);
  return useQuery({
    queryKey: [...MEDIA_KEY, 'journalists', query],
    queryFn: () => unwrapJson(api.api.media.journalists.$get({ query })),
    placeholderData: keepPreviousData,
  });
}

/** The link that downloads the journalists found as a file; personal data, so the server records who took it. */
export function journalistsExportUrl(filters: JournalistFilters, format: 'xlsx' | 'csv'): string {
  return api.api.media.journalists.$url({ query: { ...journalistQuery(filters), format } }).toString();
}

export function useSaveJournalist() {
  return useMediaMutation(({ id, body }: { id: string | null; body: TJournalistRequest }) =>
    id
      ? unwrap(api.api.media.journalists[':id'].$put({ param: { id }, json: body }))
      : unwrap(api.api.media.journalists.$post({ json: body })),
  );
}

/**
 * A person's data and its processing history. Kept outside MEDIA_KEY: every fetch is recorded
 * in the audit trail as an export, so it is fetched when the dialog opens and when a change
 * made in the dialog needs showing — not whenever some other media list changes.
 */
const personalDataKey = (id: string) => ['media-personal-data', id] as const;

export function usePersonalData(id: string | null) {
  return useQuery({
    queryKey: personalDataKey(id ?? ''),
    queryFn: () => unwrap(api.api.media.journalists[':id']['personal-data'].$get({ param: { id: id! } })),
    enabled: id !== null,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    refetchOnWindowFocus: false,
    retry: false,
  });
}

function useRefreshPersonalData() {
  const queryClient = useQueryClient();
  return (id: string) => queryClient.invalidateQueries({ queryKey: personalDataKey(id) });
}

export function useRestrictJournalist() {
  const refresh = useRefreshPersonalData();
  return useMediaMutation(async ({ id, restricted }: { id: string; restricted: boolean }) => {
    const row = await unwrap(api.api.media.journalists[':id'].restrict.$post({ param: { id }, json: { restricted } }));
    await refresh(id);
    return row;
  });
}

export function useAnonymizeJournalist() {
  const refresh = useRefreshPersonalData();
  return useMediaMutation(async (id: string) => {
    const row = await unwrap(api.api.media.journalists[':id'].anonymize.$post({ param: { id } }));
    await refresh(id);
    return row;
  });
}

export type DataRequestShow = 'open' | 'closed' | 'all';

/** Journalists' requests about their data, open ones first by deadline; one person's with `journalistId`. */
export function useDataRequests(show: DataRequestShow, journalistId?: string) {
  const query: Record<string, string> = { status: show };
  if (journalistId) query.journalistId = journalistId;
  return useQuery({
    queryKey: [...MEDIA_KEY, 'data-requests', query],
    queryFn: () => unwrap(api.api.media['data-requests'].$get({ query })),
    // The hours left move with the clock.
    refetchInterval: 60_000,
  });
}

export function useLogDataRequest() {
  return useMediaMutation(({ journalistId, body }: { journalistId: string; body: TDataRequestCreate }) =>
    unwrap(api.api.media.journalists[':id']['data-requests'].$post({ param: { id: journalistId }, json: body })),
  );
}

export function useResolveDataRequest() {
  return useMediaMutation(({ id, body }: { id: string; body: TDataRequestResolve }) =>
    unwrap(api.api.media['data-requests'][':id'].resolve.$post({ param: { id }, json: body })),
  );
}
