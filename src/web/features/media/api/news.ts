import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCreateNewsRequest, TNewsFilters, TNewsQueue, TSetToneRequest, TUpdateNewsRequest } from '../../../../shared/media';
import { api, unwrap, unwrapJson } from '../../../lib/api';

/** Every media query starts with this key: one invalidation refreshes them after a change. */
export const MEDIA_KEY = ['media'] as const;

/** Filters as query strings (the typed client wants strings). */
function query(filters: Partial<TNewsFilters>, page: { limit: number; offset: number }) {
  const out: Record<string, string> = { limit: String(page.limit), offset: String(page.offset) };
  for (const [k, v] of Object.entries(filters)) if (v) out[k] = String(v);
  return out;
}

export function useNews(filters: Partial<TNewsFilters>, page: { limit: number; offset: number }) {
  return useQuery({
    queryKey: [...MEDIA_KEY, 'news', filters, page],
    queryFn: () => unwrapJson(api.api.media.news.$get({ query: query(filters, page) })),
    placeholderData: keepPreviousData,
  });
}

/** The link that downloads the filtered list as a file (the server records the export). */
export function newsExportUrl(filters: Partial<TNewsFilters>, format: 'xlsx' | 'csv'): string {
  return api.api.media.news.$url({ query: { ...query(filters, { limit: 50, offset: 0 }), format } }).toString();
}

/** The labelling queue, narrowed by the list's filters (the queue itself is the items without a tone). */
export function useQueue(limit: number, filters: Partial<Omit<TNewsFilters, 'tone' | 'duplicates'>> = {}) {
  return useQuery({
    queryKey: [...MEDIA_KEY, 'queue', limit, filters],
    queryFn: () => unwrap(api.api.media.news.queue.$get({ query: query(filters, { limit, offset: 0 }) })) as Promise<TNewsQueue>,
    placeholderData: keepPreviousData,
  });
}

export function useMediaMutation<A, R>(fn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: MEDIA_KEY }) });
}

export function useSetTone() {
  return useMediaMutation((body: TSetToneRequest) => unwrap(api.api.media.news.tone.$post({ json: body })));
}

export function useCreateNews() {
  return useMediaMutation((body: TCreateNewsRequest) => unwrap(api.api.media.news.$post({ json: body })));
}

/** One item with every field and the other items of its duplicate group. */
export function useNewsItem(id: string | null) {
  return useQuery({
    queryKey: [...MEDIA_KEY, 'news-item', id],
    queryFn: () => unwrap(api.api.media.news[':id'].$get({ param: { id: id! } })),
    enabled: id !== null,
  });
}

export function useUpdateNews() {
  return useMediaMutation(({ id, body }: { id: string; body: TUpdateNewsRequest }) =>
    unwrap(api.api.media.news[':id'].$patch({ param: { id }, json: body })),
  );
}

export function useStatistics(year: number, month: number | null) {
  return useQuery({
    queryKey: [...MEDIA_KEY, 'statistics', year, month],
    queryFn: () =>
      unwrapJson(api.api.media.statistics.$get({ query: month ? { year: String(year), month: String(month) } : { year: String(year) } })),
    placeholderData: keepPreviousData,
  });
}

export function statisticsXlsxUrl(year: number, month: number | null): string {
  return api.api.media.statistics
    .$url({ query: { year: String(year), ...(month ? { month: String(month) } : {}), format: 'xlsx' } })
    .toString();
}

export function useToneModel() {
  return useQuery({ queryKey: [...MEDIA_KEY, 'tone-model'], queryFn: () => unwrap(api.api.media.tone.model.$get()) });
}

export function useRetrain() {
  return useMediaMutation(() => unwrap(api.api.media.tone.retrain.$post()));
}

export function useImportColumns() {
  return useMutation({ mutationFn: (file: File) => unwrap(api.api.media.news.import.columns.$post({ form: { file } })) });
}

export function useImportPreview() {
  return useMutation({
    mutationFn: ({ file, mapping }: { file: File; mapping: Record<string, string | null> | null }) =>
      unwrap(api.api.media.news.import.preview.$post({ form: mapping ? { file, mapping: JSON.stringify(mapping) } : { file } })),
  });
}

export function useSaveMapping() {
  return useMutation({
    mutationFn: (body: { name: string; mapping: Record<string, string | null> }) =>
      unwrap(api.api.media.news.import.mappings.$post({ json: body as never })),
  });
}

export function useCommitImport() {
  return useMediaMutation((batchId: string) => unwrap(api.api.imports[':batchId'].commit.$post({ param: { batchId } })));
}

export function templateUrl(format: 'xlsx' | 'csv'): string {
  return api.api.imports[':kind'].template.$url({ param: { kind: 'news' }, query: { format } }).toString();
}
