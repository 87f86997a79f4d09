import { useQuery } from '@tanstack/react-query';
import type { TReleaseRequest } from '../../../../shared/media';
import { api, unwrap, unwrapJson } from '../../../lib/api';
import { MEDIA_KEY, useMediaMutation } from './news';

export function useReleases(year: number) {
  return useQuery({
    queryKey: [...MEDIA_KEY, 'releases', year],
    queryFn: () => unwrapJson(api.api.media.releases.$get({ query: { year: String(year) } })),
  });
}

/** The link that downloads a year's releases as a file (the server records the export). */
export function releasesExportUrl(year: number, format: 'xlsx' | 'csv'): string {
  return api.api.media.releases.$url({ query: { year: String(year), format } }).toString();
}

export function useSaveRelease() {
  return useMediaMutation(({ id, body }: { id: string | null; body: TReleaseRequest }) =>
    id ? unwrap(api.api.media.releases[':id'].$put({ param: { id }, json: body })) : unwrap(api.api.media.releases.$post({ json: body })),
  );
}

export function useDeleteRelease() {
  return useMediaMutation((id: string) => unwrap(api.api.media.releases[':id'].$delete({ param: { id } })));
}
