import { queryOptions } from '@tanstack/react-query';
import type {
  CoachingEngagement,
  CoachingEngagementPage,
  CoachingEngagementTransition,
  CoachingEngagementUpdate,
  CoachingGoalInput,
  CoachingProgress,
  CoachingProgressCheckCreate,
} from '../../../contract/index.js';
import { apiGet, apiPost, apiRequest } from '../../api/client';

/** Every coaching engagement query starts with this; a change to one engagement refreshes the lists too. */
export const engagementsKey = ['engagements'] as const;

/** The engagements the signed-in user takes part in (all of them, for the few a person has). */
export function myEngagementsQuery() {
  return queryOptions({
    queryKey: [...engagementsKey, 'list'],
    queryFn: ({ signal }) => apiGet<CoachingEngagementPage>('/api/engagements?pageSize=100', signal),
  });
}

export function engagementQuery(engagementId: string) {
  return queryOptions({
    queryKey: [...engagementsKey, 'one', engagementId],
    queryFn: ({ signal }) => apiGet<CoachingEngagement>(`/api/engagements/${encodeURIComponent(engagementId)}`, signal),
  });
}

const engagementPath = (engagementId: string, rest = '') =>
  `/api/engagements/${encodeURIComponent(engagementId)}${rest}`;

/** Replaces the goals; every confirmation is cleared. */
export function saveGoals(engagementId: string, goals: CoachingGoalInput[]): Promise<CoachingEngagement> {
  return apiRequest<CoachingEngagement>(engagementPath(engagementId, '/goals'), { method: 'PUT', body: { goals } });
}

export function confirmGoals(engagementId: string): Promise<CoachingEngagement> {
  return apiPost<CoachingEngagement>(engagementPath(engagementId, '/goals/confirm'));
}

export function updateEngagementDates(
  engagementId: string,
  update: CoachingEngagementUpdate,
): Promise<CoachingEngagement> {
  return apiRequest<CoachingEngagement>(engagementPath(engagementId), { method: 'PATCH', body: update });
}

export function transitionEngagement(
  engagementId: string,
  transition: CoachingEngagementTransition,
): Promise<CoachingEngagement> {
  return apiPost<CoachingEngagement>(engagementPath(engagementId, '/transition'), transition);
}

/** The engagement's progress checks, newest first, and when the next is due (an admin gets counts and dates). */
export function progressQuery(engagementId: string) {
  return queryOptions({
    queryKey: [...engagementsKey, 'progress', engagementId],
    queryFn: ({ signal }) => apiGet<CoachingProgress>(engagementPath(engagementId, '/progress-checks'), signal),
  });
}

/** The coach rates every current goal; answers the progress with the new check first. */
export function recordProgressCheck(
  engagementId: string,
  check: CoachingProgressCheckCreate,
): Promise<CoachingProgress> {
  return apiPost<CoachingProgress>(engagementPath(engagementId, '/progress-checks'), check);
}
