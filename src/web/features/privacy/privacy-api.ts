import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ErasureResult } from '../../../contract/privacy.js';
import { apiPost } from '../../api/client';
import { peopleKeys } from '../people/people-api';

/** Downloads are plain links: the browser saves the JSON under the name the server gives it. */
export const personalDataUrl = (personId: string) => `/api/people/${encodeURIComponent(personId)}/personal-data`;
export const myPersonalDataUrl = '/api/me/personal-data';

/** Erasing changes the person and every list they appear in. */
export function useErasePerson(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (confirmEmployeeId: string) =>
      apiPost<ErasureResult>(`/api/people/${encodeURIComponent(personId)}/erase`, { confirmEmployeeId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKeys.all }),
  });
}
