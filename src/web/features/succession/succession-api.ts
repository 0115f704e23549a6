import { queryOptions } from '@tanstack/react-query';
import type {
  BenchStrength,
  KeyPosition,
  KeyPositionInput,
  KeyPositionPage,
  NineBox,
  NineBoxMove,
  SuccessorCreate,
  SuccessorDetail,
  SuccessorGap,
  SuccessorReadinessCreate,
} from '../../../contract/succession.js';
import { apiGet, apiPost, apiRequest } from '../../api/client';

/** Every succession query starts with this: naming a successor changes the bench, the list and the trend. */
export const successionKey = ['succession'] as const;
export const positionsPageSize = 20;

const positionPath = (positionId: string, rest = '') => `/api/key-positions/${encodeURIComponent(positionId)}${rest}`;
const successorPath = (positionId: string, successorId: string, rest = '') =>
  positionPath(positionId, `/successors/${encodeURIComponent(successorId)}${rest}`);

export function keyPositionsQuery(search: {
  page: number;
  search?: string | undefined;
  uncovered?: boolean | undefined;
}) {
  const params = new URLSearchParams({ page: String(search.page), pageSize: String(positionsPageSize) });
  if (search.search) params.set('search', search.search);
  if (search.uncovered !== undefined) params.set('uncovered', String(search.uncovered));
  return queryOptions({
    queryKey: [...successionKey, 'positions', search],
    queryFn: ({ signal }) => apiGet<KeyPositionPage>(`/api/key-positions?${params}`, signal),
  });
}

export function keyPositionQuery(positionId: string) {
  return queryOptions({
    queryKey: [...successionKey, 'position', positionId],
    queryFn: ({ signal }) => apiGet<KeyPosition>(positionPath(positionId), signal),
  });
}

export function successorQuery(positionId: string, successorId: string) {
  return queryOptions({
    queryKey: [...successionKey, 'successor', positionId, successorId],
    queryFn: ({ signal }) => apiGet<SuccessorDetail>(successorPath(positionId, successorId), signal),
  });
}

export function successorGapQuery(positionId: string, successorId: string) {
  return queryOptions({
    queryKey: [...successionKey, 'gap', positionId, successorId],
    queryFn: ({ signal }) => apiGet<SuccessorGap>(successorPath(positionId, successorId, '/gap'), signal),
  });
}

export function benchStrengthQuery() {
  return queryOptions({
    queryKey: [...successionKey, 'bench'],
    queryFn: ({ signal }) => apiGet<BenchStrength>('/api/bench-strength', signal),
  });
}

export function nineBoxQuery(filter: { department?: string | undefined; tier?: string | undefined }) {
  const params = new URLSearchParams();
  if (filter.department) params.set('department', filter.department);
  if (filter.tier) params.set('tier', filter.tier);
  return queryOptions({
    queryKey: [...successionKey, 'nine-box', filter],
    queryFn: ({ signal }) => apiGet<NineBox>(`/api/nine-box?${params}`, signal),
  });
}

export function createKeyPosition(body: KeyPositionInput): Promise<KeyPosition> {
  return apiPost<KeyPosition>('/api/key-positions', body);
}

export function updateKeyPosition(positionId: string, body: KeyPositionInput): Promise<KeyPosition> {
  return apiRequest<KeyPosition>(positionPath(positionId), { method: 'PUT', body });
}

export function archiveKeyPosition(positionId: string): Promise<void> {
  return apiRequest<void>(positionPath(positionId), { method: 'DELETE' });
}

export function addSuccessor(positionId: string, body: SuccessorCreate): Promise<SuccessorDetail> {
  return apiPost<SuccessorDetail>(positionPath(positionId, '/successors'), body);
}

export function assessSuccessor(
  positionId: string,
  successorId: string,
  body: SuccessorReadinessCreate,
): Promise<SuccessorDetail> {
  return apiPost<SuccessorDetail>(successorPath(positionId, successorId, '/readiness'), body);
}

export function removeSuccessor(positionId: string, successorId: string): Promise<void> {
  return apiRequest<void>(successorPath(positionId, successorId), { method: 'DELETE' });
}

export function moveOnNineBox(personId: string, body: NineBoxMove): Promise<NineBox> {
  return apiRequest<NineBox>(`/api/nine-box/${encodeURIComponent(personId)}`, { method: 'PUT', body });
}
