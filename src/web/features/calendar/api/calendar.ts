import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCreateHolidayRequest } from '../../../../shared/org';
import { ApiError, api, unwrap } from '../../../lib/api';

const holidaysKey = (year: number) => ['holidays', year] as const;

export function useHolidays(year: number) {
  return useQuery({
    queryKey: holidaysKey(year),
    queryFn: () => unwrap(api.api.holidays.$get({ query: { year: String(year) } })),
    select: (body) => body.items,
  });
}

/** The fiscal year with its quarters' working days; `null` when the year has not been opened. */
export function useFiscalYear(year: number) {
  return useQuery({
    // Holidays change working days: the fiscal year lives under the holidays' key.
    queryKey: [...holidaysKey(year), 'fiscal-year'],
    queryFn: async () => {
      try {
        return await unwrap(api.api['fiscal-years'][':year'].$get({ param: { year: String(year) } }));
      } catch (error) {
        if (error instanceof ApiError && error.code === 'NOT_FOUND') return null;
        throw error;
      }
    },
  });
}

export function useCreateHoliday(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateHolidayRequest) => unwrap(api.api.holidays.$post({ json: body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: holidaysKey(year) }),
  });
}

export function useDeleteHoliday(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.api.holidays[':id'].$delete({ param: { id } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: holidaysKey(year) }),
  });
}
