import { queryOptions } from '@tanstack/react-query';
import type {
  Relationship,
  RelationshipAgreementInput,
  RelationshipPage,
  RelationshipTransition,
} from '../../../contract/index.js';
import { apiGet, apiPost, apiRequest } from '../../api/client';

/** Every mentoring relationship query starts with this; a change to one refreshes the lists too. */
export const relationshipsKey = ['relationships'] as const;

/** The signed-in user's relationships, as mentor or mentee (an admin: the organization's). */
export function myRelationshipsQuery() {
  return queryOptions({
    queryKey: [...relationshipsKey, 'list'],
    queryFn: ({ signal }) => apiGet<RelationshipPage>('/api/relationships?pageSize=100', signal),
  });
}

export function relationshipQuery(relationshipId: string) {
  return queryOptions({
    queryKey: [...relationshipsKey, 'one', relationshipId],
    queryFn: ({ signal }) => apiGet<Relationship>(relationshipPath(relationshipId), signal),
  });
}

const relationshipPath = (relationshipId: string, rest = '') =>
  `/api/relationships/${encodeURIComponent(relationshipId)}${rest}`;

/** Writes the agreement; both signatures are cleared. */
export function saveAgreement(relationshipId: string, agreement: RelationshipAgreementInput): Promise<Relationship> {
  return apiRequest<Relationship>(relationshipPath(relationshipId, '/agreement'), { method: 'PUT', body: agreement });
}

export function signAgreement(relationshipId: string): Promise<Relationship> {
  return apiPost<Relationship>(relationshipPath(relationshipId, '/agreement/sign'));
}

/** Replaces the signed-in side's ticks. */
export function saveTraining(relationshipId: string, ticked: string[]): Promise<Relationship> {
  return apiRequest<Relationship>(relationshipPath(relationshipId, '/training'), { method: 'PUT', body: { ticked } });
}

export function transitionRelationship(
  relationshipId: string,
  transition: RelationshipTransition,
): Promise<Relationship> {
  return apiPost<Relationship>(relationshipPath(relationshipId, '/transition'), transition);
}
