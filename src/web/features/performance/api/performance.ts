import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TCreateIndicatorRequest,
  TSaveRealizationRequest,
  TSetBudgetRequest,
  TSetTargetsRequest,
  TUpdateIndicatorRequest,
} from '../../../../shared/performance';
import type { IndicatorPage } from '../../../../server/modules/performance/queries/indicator-page';
import { api, unwrap } from '../../../lib/api';
import { currentYear } from '../lib/periods';
import type { PlanData } from './plan-types';

/** Every performance query starts with this key, so one invalidation refreshes them all after a change. */
const KEY = ['performance'] as const;
const y = (year: number) => ({ year: String(year) });

export function useDashboard(year: number | null, period: number) {
  return useQuery({
    queryKey: [...KEY, 'dashboard', year, period],
    queryFn: () => unwrap(api.api.performance.years[':year'].dashboard.$get({ param: y(year!), query: { period: String(period) } })),
    enabled: year !== null,
    // Switching year or quarter keeps the tiles in place while the next evaluation loads.
    placeholderData: keepPreviousData,
  });
}

/**
 * The years that have a plan. The dashboard of this year lists them; it is cheap when the year has
 * no plan and is the dashboard most people open anyway, so the cache is shared with it.
 */
export function usePlanYears() {
  const year = currentYear();
  return useQuery({
    queryKey: [...KEY, 'dashboard', year, 0],
    queryFn: () => unwrap(api.api.performance.years[':year'].dashboard.$get({ param: y(year), query: { period: '0' } })),
    select: (body) => body.years,
    staleTime: 5 * 60_000,
  });
}

export function useIndicatorPage(id: string) {
  return useQuery({
    queryKey: [...KEY, 'indicator', id],
    // The route declares a loose shape; the query's own type says what it holds.
    queryFn: async () => (await unwrap(api.api.performance.indicators[':id'].$get({ param: { id } }))) as unknown as IndicatorPage,
  });
}

export const RECORDS_PAGE = 20;

export function useIndicatorRecords(id: string, period: number, page: number, enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, 'records', id, period, page],
    queryFn: () =>
      unwrap(
        api.api.performance.indicators[':id'].records.$get({
          param: { id },
          query: { period: String(period), limit: String(RECORDS_PAGE), offset: String(page * RECORDS_PAGE) },
        }),
      ),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function usePlan(year: number | null) {
  return useQuery({
    queryKey: [...KEY, 'plan', year],
    // The route declares goals and indicators loosely; PlanData names the fields it returns.
    queryFn: async () => (await unwrap(api.api.performance.years[':year'].plan.$get({ param: y(year!) }))) as unknown as PlanData,
    enabled: year !== null,
  });
}

export function useTargetAdvice(year: number | null) {
  return useQuery({
    queryKey: [...KEY, 'advice', year],
    queryFn: () => unwrap(api.api.performance.years[':year']['target-advice'].$get({ param: y(year!) })),
    enabled: year !== null,
  });
}

/** The download address of Table 1 for a year and period. */
export function table1Url(year: number, period: number): string {
  const url = api.api.performance.years[':year']['table1.xlsx'].$url({ param: y(year), query: { period: String(period) } });
  return `${url.pathname}${url.search}`;
}

/** A mutation that refreshes every performance view once it succeeds. */
function usePerfMutation<A, R>(fn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }) });
}

export function useSaveRealization(id: string) {
  return usePerfMutation(({ period, body }: { period: number; body: TSaveRealizationRequest }) =>
    unwrap(api.api.performance.indicators[':id'].realizations[':period'].$put({ param: { id, period: String(period) }, json: body })),
  );
}

export type TransitionAction = 'submit' | 'approve' | 'return';

export function useTransitionRealization(id: string) {
  return usePerfMutation(({ period, action, comment }: { period: number; action: TransitionAction; comment?: string }) =>
    unwrap(
      api.api.performance.indicators[':id'].realizations[':period'][':action'].$post({
        param: { id, period: String(period), action },
        json: comment ? { comment } : {},
      }),
    ),
  );
}

/** Uploads one evidence file; the realization then refers to it by id. */
export function useUploadEvidence() {
  return useMutation({ mutationFn: (file: File) => unwrap(api.api.files.$post({ form: { file } })) });
}

/** The names and download links of a realization's evidence files. */
export function useEvidenceFiles(ids: readonly string[]) {
  return useQuery({
    queryKey: ['files', ...ids],
    queryFn: () => Promise.all(ids.map((id) => unwrap(api.api.files[':id'].$get({ param: { id } })))),
    enabled: ids.length > 0,
    staleTime: 5 * 60_000,
  });
}

export function useCreateGoal(year: number) {
  return usePerfMutation((body: { code: string; statement: string; statementEn?: string | null; sortOrder?: number }) =>
    unwrap(api.api.performance.years[':year'].goals.$post({ param: y(year), json: { sortOrder: 0, ...body } })),
  );
}

export function useCreateIndicator() {
  return usePerfMutation((body: TCreateIndicatorRequest) => unwrap(api.api.performance.indicators.$post({ json: body })));
}

export function useUpdateIndicator() {
  return usePerfMutation(({ id, body }: { id: string; body: TUpdateIndicatorRequest }) =>
    unwrap(api.api.performance.indicators[':id'].$patch({ param: { id }, json: body })),
  );
}

export function useSetTargets() {
  return usePerfMutation(({ id, body }: { id: string; body: TSetTargetsRequest }) =>
    unwrap(api.api.performance.indicators[':id'].targets.$put({ param: { id }, json: body })),
  );
}

export function useSetBudget() {
  return usePerfMutation(({ id, body }: { id: string; body: TSetBudgetRequest }) =>
    unwrap(api.api.performance.indicators[':id'].budget.$put({ param: { id }, json: body })),
  );
}

export function useCopyPlan() {
  return usePerfMutation((year: number) => unwrap(api.api.performance.years[':year']['copy-from-previous'].$post({ param: y(year) })));
}
