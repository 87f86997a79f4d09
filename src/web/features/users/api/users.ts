import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCreateUserRequest, TUpdateUserRequest } from '../../../../shared/org';
import { api, unwrap } from '../../../lib/api';

export const USERS_KEY = ['users'] as const;

export function useUsers() {
  return useQuery({ queryKey: USERS_KEY, queryFn: () => unwrap(api.api.users.$get()), select: (body) => body.items });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateUserRequest) => unwrap(api.api.users.$post({ json: body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TUpdateUserRequest }) =>
      unwrap(api.api.users[':id'].$patch({ param: { id }, json: body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}
