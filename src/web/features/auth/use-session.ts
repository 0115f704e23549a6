import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouteContext } from '@tanstack/react-router';
import type { Me } from '../../../contract/index.js';
import { sessionQueryKey, sessionQueryOptions, signIn, signOut } from './session';

/**
 * The signed-in session, for components under the authenticated layout.
 * The live query wins so changes show at once; the copy the layout's guard
 * put in the route context covers the moment after sign-out, before the
 * router has left the page.
 */
export function useSession(): Me {
  const guarded = useRouteContext({ from: '/_authenticated' }).session;
  const live = useQuery(sessionQueryOptions).data;
  return live ?? guarded;
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (me) => {
      queryClient.setQueryData(sessionQueryKey, me);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: () => {
      // Drop everything cached for this user so the next one starts clean.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
      queryClient.setQueryData(sessionQueryKey, null);
    },
  });
}
