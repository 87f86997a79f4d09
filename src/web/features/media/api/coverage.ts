import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZCoverageRequest, ZCoverageUpdate } from '../../../../shared/media';
import { api, unwrap, unwrapJson } from '../../../lib/api';
import { MEDIA_KEY, useMediaMutation } from './news';

export type TCoverageRequest = z.input<typeof ZCoverageRequest>;
export type TCoverageUpdate = z.input<typeof ZCoverageUpdate>;

/** A year's coverage requests (a unit user gets its own unit's) and the actual news published per month. */
export function useCoverage(year: number) {
  return useQuery({
    queryKey: [...MEDIA_KEY, 'coverage', year],
    queryFn: () => unwrapJson(api.api.media.coverage.$get({ query: { year: String(year) } })),
  });
}

/** The link that downloads a year's requests, narrowed as on screen, as a file (the server records the export). */
export function coverageExportUrl(year: number, filters: { status: string; q: string }, format: 'xlsx' | 'csv'): string {
  const query: Record<string, string> = { year: String(year), format };
  if (filters.status) query.status = filters.status;
  if (filters.q.trim()) query.q = filters.q.trim();
  return api.api.media.coverage.$url({ query }).toString();
}

export function useRequestCoverage() {
  return useMediaMutation((body: TCoverageRequest) => unwrap(api.api.media.coverage.$post({ json: body })));
}

export function useUpdateCoverage() {
  return useMediaMutation(({ id, body }: { id: string; body: TCoverageUpdate }) =>
    unwrap(api.api.media.coverage[':id'].$patch({ param: { id }, json: body })),
  );
}
