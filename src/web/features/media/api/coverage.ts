import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZCoverageRequest, ZCoverageUpdate } from '../../../../shared/media';
import { api, unwrap } from '../../../lib/api';
import { MEDIA_KEY, useMediaMutation } from './news';

export type TCoverageRequest = z.input<typeof ZCoverageRequest>;
export type TCoverageUpdate = z.input<typeof ZCoverageUpdate>;

/** A year's coverage requests (a unit user gets its own unit's) and the actual news published per month. */
export function useCoverage(year: number) {
  return useQuery({
    queryKey: [...MEDIA_KEY, 'coverage', year],
    queryFn: () => unwrap(api.api.media.coverage.$get({ query: { year: String(year) } })),
  });
}

export function useRequestCoverage() {
  return useMediaMutation((body: TCoverageRequest) => unwrap(api.api.media.coverage.$post({ json: body })));
}

export function useUpdateCoverage() {
  return useMediaMutation(({ id, body }: { id: string; body: TCoverageUpdate }) =>
    unwrap(api.api.media.coverage[':id'].$patch({ param: { id }, json: body })),
  );
}
