import { queryOptions } from '@tanstack/react-query';
import type {
  BehaviouralProfileAnswers,
  MyBehaviouralProfile,
  PersonBehaviouralProfile,
} from '../../../contract/behavioural-profiles.js';
import { apiGet, apiRequest } from '../../api/client';

/** Every behavioural-profile query starts with this. */
export const behaviouralProfileKey = ['behavioural-profile'] as const;

const myPath = '/api/behavioural-profile';

/** The signed-in person's profile, with the questionnaire to (re)take it. */
export function myProfileQuery() {
  return queryOptions({
    queryKey: [...behaviouralProfileKey, 'mine'],
    queryFn: ({ signal }) => apiGet<MyBehaviouralProfile>(myPath, signal),
    // Answers being typed live in the page; a refetch on focus must not look like it dropped them.
    refetchOnWindowFocus: false,
  });
}

/** Another person's scores (never answers), for their current coach or mentor; 404 for anyone else. */
export function personProfileQuery(personId: string) {
  return queryOptions({
    queryKey: [...behaviouralProfileKey, 'person', personId],
    queryFn: ({ signal }) =>
      apiGet<PersonBehaviouralProfile>(`/api/people/${encodeURIComponent(personId)}/behavioural-profile`, signal),
  });
}

/** Saves a complete set of answers; the server scores them (reverse-keyed statements included). */
export function saveProfile(body: BehaviouralProfileAnswers): Promise<MyBehaviouralProfile> {
  return apiRequest<MyBehaviouralProfile>(myPath, { method: 'PUT', body });
}

export function deleteProfile(): Promise<void> {
  return apiRequest<void>(myPath, { method: 'DELETE' });
}
