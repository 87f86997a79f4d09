import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TCreateUnitRequest, TUpdateUnitRequest } from '../../../../shared/org';
import { api, unwrap } from '../../../lib/api';
import { UNITS_KEY } from '../../../lib/units';

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateUnitRequest) => unwrap(api.api.units.$post({ json: body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: UNITS_KEY }),
  });
}

export function useUpdateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TUpdateUnitRequest }) =>
      unwrap(api.api.units[':id'].$patch({ param: { id }, json: body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: UNITS_KEY }),
  });
}
