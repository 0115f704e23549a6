import { queryOptions } from '@tanstack/react-query';
import type { MatchRequest, MatchRequestCreate, SelfServiceProgram } from '../../../contract/index.js';
import { apiGet, apiPost } from '../../api/client';
import { selfServiceMatchingKey } from './requests-api';

/** The signed-in mentee's self-service programs: their mentor, their waiting request or their suggestions. */
export function selfServiceQuery() {
  return queryOptions({
    queryKey: [...selfServiceMatchingKey, 'overview'],
    queryFn: ({ signal }) => apiGet<{ programs: SelfServiceProgram[] }>('/api/self-service/matching', signal),
  });
}

/** Asks one of the suggested mentors; the server answers 409 if they are no longer a suggestion. */
export function requestMentor(programId: string, body: MatchRequestCreate): Promise<MatchRequest> {
  return apiPost<MatchRequest>(`/api/programs/${encodeURIComponent(programId)}/match-requests`, body);
}
