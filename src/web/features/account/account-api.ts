import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Me } from '../../../contract/auth.js';
import type { EmailChange, PasswordChange } from '../../../contract/users.js';
import { apiRequest } from '../../api/client';
import { sessionQueryKey } from '../auth/session';

/** Changes the password; the server keeps this session and ends the others. */
export function useChangePassword() {
  return useMutation({
    mutationFn: (change: PasswordChange) => apiRequest<void>('/api/me/password', { method: 'PUT', body: change }),
  });
}

/** Changes the sign-in email; the answer is the updated session, shown at once. */
export function useChangeEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: EmailChange) => apiRequest<Me>('/api/me/email', { method: 'PUT', body: change }),
    onSuccess: (me) => {
      queryClient.setQueryData(sessionQueryKey, me);
    },
  });
}
