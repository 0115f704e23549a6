import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { User, UsersPage, UserUpdate } from '../../../contract/users.js';
import { apiGet, apiRequest } from '../../api/client';

export type UsersListParams = { search: string | undefined; page: number };

export const usersPageSize = 25;

export const usersKeys = {
  all: ['users'] as const,
  list: (params: UsersListParams) => ['users', 'list', params] as const,
};

const userPath = (id: string) => `/api/users/${encodeURIComponent(id)}`;

export const usersListQueryOptions = (params: UsersListParams) => {
  const query = new URLSearchParams({ page: String(params.page), pageSize: String(usersPageSize) });
  if (params.search) query.set('search', params.search);
  return queryOptions({
    queryKey: usersKeys.list(params),
    queryFn: ({ signal }) => apiGet<UsersPage>(`/api/users?${query.toString()}`, signal),
    // Keep the current page on screen while the next one loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });
};

/** After any change to a user the lists are stale; waiting for them keeps an open dialog current. */
function useRefreshUsers() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: usersKeys.all });
}

export function useUpdateUser(id: string) {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: (changes: UserUpdate) => apiRequest<User>(userPath(id), { method: 'PATCH', body: changes }),
    onSuccess: () => refresh(),
  });
}

export function useEndSessions(id: string) {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: () => apiRequest<void>(`${userPath(id)}/sessions`, { method: 'DELETE' }),
    onSuccess: () => refresh(),
  });
}
