import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { MEDIA_KEY, useMediaMutation } from './news';

export function useDigests() {
  return useQuery({
    queryKey: [...MEDIA_KEY, 'digests'],
    queryFn: () => unwrap(api.api.media.digests.$get({ query: { limit: '60', offset: '0' } })),
  });
}

/** The early-warning alerts, the open ones only if `open`, from a day on if `from` (`YYYY-MM-DD`). */
export function useAlerts(open: boolean, from?: string) {
  return useQuery({
    queryKey: [...MEDIA_KEY, 'alerts', open, from ?? null],
    queryFn: () => unwrap(api.api.media.alerts.$get({ query: { ...(open ? { open: '1' as const } : {}), ...(from ? { from } : {}) } })),
  });
}

export function useMakeDigest() {
  return useMediaMutation(() => unwrap(api.api.media.digests.$post({ json: { email: false } })));
}

export function useAcknowledge() {
  return useMediaMutation((id: string) => unwrap(api.api.media.alerts[':id'].acknowledge.$post({ param: { id } })));
}

export function digestExportUrl(id: string, format: 'txt' | 'docx' | 'pdf'): string {
  return api.api.media.digests[':id'].export.$url({ param: { id }, query: { format } }).toString();
}
