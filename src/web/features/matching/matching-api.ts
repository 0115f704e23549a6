import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type {
  MatchingKind,
  MatchingRun,
  MatchingRunSummary,
  MatchingSettings,
  ProgramMatchPage,
  ProgramPage,
  ProgramStatus,
} from '../../../contract/index.js';
import { apiGet, apiPost, apiRequest } from '../../api/client';

/** Every matching query key starts with this, so one invalidation refreshes them all. */
export const matchingKey = ['matching'] as const;

export const programMatchesPageSize = 25;

const programPath = (programId: string) => `/api/programs/${encodeURIComponent(programId)}`;
const runPath = (programId: string, runId: string) =>
  `${programPath(programId)}/matching-runs/${encodeURIComponent(runId)}`;

/** The statuses in which a program can be matched. */
export const matchableStatuses = ['matching', 'running'] as const satisfies readonly ProgramStatus[];

/** Programs in one status, up to 100 (the most one page of the programs API holds). */
export function matchablePrograms(status: (typeof matchableStatuses)[number]) {
  const params = new URLSearchParams({ status, page: '1', pageSize: '100' });
  return queryOptions({
    queryKey: [...matchingKey, 'programs', status],
    queryFn: ({ signal }) => apiGet<ProgramPage>(`/api/programs?${params}`, signal),
  });
}

export function matchingSettingsQuery(programId: string) {
  return queryOptions({
    queryKey: [...matchingKey, 'settings', programId],
    queryFn: ({ signal }) => apiGet<MatchingSettings>(`${programPath(programId)}/matching-settings`, signal),
  });
}

export function matchingRunsQuery(programId: string) {
  return queryOptions({
    queryKey: [...matchingKey, 'runs', programId],
    queryFn: ({ signal }) => apiGet<{ items: MatchingRunSummary[] }>(`${programPath(programId)}/matching-runs`, signal),
  });
}

export function matchingRunQuery(programId: string, runId: string) {
  return queryOptions({
    queryKey: [...matchingKey, 'run', programId, runId],
    queryFn: ({ signal }) => apiGet<MatchingRun>(runPath(programId, runId), signal),
  });
}

export function programMatchesQuery(programId: string, page: number) {
  const params = new URLSearchParams({ page: String(page), pageSize: String(programMatchesPageSize) });
  return queryOptions({
    queryKey: [...matchingKey, 'matches', programId, page],
    queryFn: ({ signal }) => apiGet<ProgramMatchPage>(`${programPath(programId)}/matches?${params}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function saveMatchingSettings(programId: string, settings: MatchingSettings): Promise<MatchingSettings> {
  return apiRequest<MatchingSettings>(`${programPath(programId)}/matching-settings`, {
    method: 'PUT',
    body: settings,
  });
}

export function startMatchingRun(programId: string, kind: MatchingKind | undefined): Promise<MatchingRun> {
  return apiPost<MatchingRun>(`${programPath(programId)}/matching-runs`, kind === undefined ? {} : { kind });
}

export function setProposalLock(
  programId: string,
  runId: string,
  proposalId: string,
  isLocked: boolean,
): Promise<MatchingRun> {
  return apiRequest<MatchingRun>(`${runPath(programId, runId)}/proposals/${encodeURIComponent(proposalId)}`, {
    method: 'PATCH',
    body: { isLocked },
  });
}

export function removeProposal(programId: string, runId: string, proposalId: string): Promise<MatchingRun> {
  return apiRequest<MatchingRun>(`${runPath(programId, runId)}/proposals/${encodeURIComponent(proposalId)}`, {
    method: 'DELETE',
  });
}

export function addProposal(
  programId: string,
  runId: string,
  pair: { participantPersonId: string; partnerPersonId: string },
): Promise<MatchingRun> {
  return apiPost<MatchingRun>(`${runPath(programId, runId)}/proposals`, pair);
}

export function swapProposals(programId: string, runId: string, proposalIds: [string, string]): Promise<MatchingRun> {
  return apiPost<MatchingRun>(`${runPath(programId, runId)}/swap`, { proposalIds });
}

export function rerunMatching(programId: string, runId: string): Promise<MatchingRun> {
  return apiPost<MatchingRun>(`${runPath(programId, runId)}/rerun`);
}

export function publishRun(programId: string, runId: string): Promise<{ run: MatchingRun; created: number }> {
  return apiPost<{ run: MatchingRun; created: number }>(`${runPath(programId, runId)}/publish`);
}
