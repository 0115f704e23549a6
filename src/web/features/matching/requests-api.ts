import { queryOptions } from '@tanstack/react-query';
import type { MatchRequest } from '../../../contract/index.js';
import { apiGet, apiPost } from '../../api/client';

/**
 * Every self-service matching query key starts with this: the mentee's overview and both request
 * lists. One answer changes all of them (an accepted request fills a place, a withdrawn one frees
 * it), so every mutation refreshes the lot.
 */
export const selfServiceMatchingKey = ['self-service-matching'] as const;

export function incomingRequestsQuery() {
  return queryOptions({
    queryKey: [...selfServiceMatchingKey, 'incoming'],
    queryFn: ({ signal }) => apiGet<{ items: MatchRequest[] }>('/api/match-requests/incoming', signal),
  });
}

export function sentRequestsQuery() {
  return queryOptions({
    queryKey: [...selfServiceMatchingKey, 'sent'],
    queryFn: ({ signal }) => apiGet<{ items: MatchRequest[] }>('/api/match-requests/sent', signal),
  });
}

const requestPath = (requestId: string, action: 'accept' | 'decline' | 'cancel') =>
  `/api/match-requests/${encodeURIComponent(requestId)}/${action}`;

/** The mentor says yes: the pair becomes a mentoring relationship of the program. */
export function acceptMatchRequest(requestId: string): Promise<MatchRequest> {
  return apiPost<MatchRequest>(requestPath(requestId, 'accept'));
}

/** The mentor says no, optionally saying why (an empty reason is left out). */
export function declineMatchRequest(requestId: string, reason: string): Promise<MatchRequest> {
  const trimmed = reason.trim();
  return apiPost<MatchRequest>(requestPath(requestId, 'decline'), trimmed === '' ? {} : { reason: trimmed });
}

/** The mentee withdraws their waiting request. */
export function cancelMatchRequest(requestId: string): Promise<MatchRequest> {
  return apiPost<MatchRequest>(requestPath(requestId, 'cancel'));
}
