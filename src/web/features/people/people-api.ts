import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { DevelopmentNeedInput, PersonRecommendation, RecommendationOverride } from '../../../contract/approach.js';
import type { Competency } from '../../../contract/competencies.js';
import type { ReadinessAssessment, ReadinessAssessmentCreate } from '../../../contract/outcomes.js';
import type {
  ImportResult,
  PeopleFilter,
  PeoplePage,
  Person,
  PersonUpdate,
  ReportingChain,
} from '../../../contract/people.js';
import { apiGet, apiPost, apiRequest, isApiError } from '../../api/client';
import { outcomesKey } from '../outcomes/outcomes-api';
import { uploadCsv } from './upload-csv';
import type { UploadCallbacks } from './upload-csv';

export type PeopleListParams = Omit<PeopleFilter, 'pageSize'>;
export type PeopleSort = PeopleFilter['sort'];
export type ChainLink = z.infer<typeof ReportingChain>['items'][number];

export const peoplePageSize = 50;
export const peopleExportUrl = '/api/people/export';

export const peopleKeys = {
  all: ['people'] as const,
  list: (params: PeopleListParams) => ['people', 'list', params] as const,
  person: (id: string) => ['people', 'person', id] as const,
  reportingChain: (id: string) => ['people', 'person', id, 'reporting-chain'] as const,
  recommendation: (id: string) => ['people', 'person', id, 'recommendation'] as const,
  readiness: (id: string) => ['people', 'person', id, 'readiness'] as const,
};

const personPath = (id: string) => `/api/people/${encodeURIComponent(id)}`;

function toQueryString(params: PeopleListParams): string {
  const query = new URLSearchParams();
  if (params.search) query.set('search', params.search);
  if (params.tier) query.set('tier', params.tier);
  if (params.department) query.set('department', params.department);
  if (params.highPotential !== undefined) query.set('highPotential', String(params.highPotential));
  query.set('status', params.status);
  query.set('sort', params.sort);
  query.set('page', String(params.page));
  query.set('pageSize', String(peoplePageSize));
  return query.toString();
}

export const peopleListQueryOptions = (params: PeopleListParams) =>
  queryOptions({
    queryKey: peopleKeys.list(params),
    queryFn: ({ signal }) => apiGet<PeoplePage>(`/api/people?${toQueryString(params)}`, signal),
    // Keep the current page on screen while the next one loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });

export const personQueryOptions = (id: string) =>
  queryOptions({
    queryKey: peopleKeys.person(id),
    queryFn: ({ signal }) => apiGet<Person>(personPath(id), signal),
  });

export const reportingChainQueryOptions = (id: string) =>
  queryOptions({
    queryKey: peopleKeys.reportingChain(id),
    queryFn: async ({ signal }) =>
      (await apiGet<z.infer<typeof ReportingChain>>(`${personPath(id)}/reporting-chain`, signal)).items,
  });

/** The latest recommendation, or null when none has been made yet. */
export const recommendationQueryOptions = (id: string) =>
  queryOptions({
    queryKey: peopleKeys.recommendation(id),
    queryFn: async ({ signal }) => {
      try {
        return await apiGet<PersonRecommendation>(`${personPath(id)}/recommendation`, signal);
      } catch (error) {
        if (isApiError(error, 404)) return null;
        throw error;
      }
    },
  });

/** The person's promotion-readiness assessments, newest first. */
export const readinessQueryOptions = (id: string) =>
  queryOptions({
    queryKey: peopleKeys.readiness(id),
    queryFn: async ({ signal }) =>
      (await apiGet<{ items: ReadinessAssessment[] }>(`${personPath(id)}/readiness-assessments`, signal)).items,
  });

/** Records an assessment; the history and the programs' readiness curves change with it. */
export function useRecordReadiness(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReadinessAssessmentCreate) =>
      apiPost<ReadinessAssessment>(`${personPath(id)}/readiness-assessments`, body),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: peopleKeys.readiness(id) }),
        queryClient.invalidateQueries({ queryKey: outcomesKey }),
      ]);
    },
  });
}

export const competenciesQueryOptions = queryOptions({
  queryKey: ['competencies'] as const,
  queryFn: async ({ signal }) => (await apiGet<{ items: Competency[] }>('/api/competencies', signal)).items,
  staleTime: 5 * 60_000,
});

/** Saving a person changes lists, reporting chains and other people's direct-report counts. */
function useSavePerson<Input>(id: string, save: (input: Input) => Promise<Person>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: save,
    onSuccess: async (person) => {
      queryClient.setQueryData(peopleKeys.person(id), person);
      await queryClient.invalidateQueries({
        queryKey: peopleKeys.all,
        predicate: (query) => query.queryKey.join('/') !== peopleKeys.person(id).join('/'),
      });
    },
  });
}

export function useUpdatePerson(id: string) {
  return useSavePerson(id, (changes: PersonUpdate) =>
    apiRequest<Person>(personPath(id), { method: 'PATCH', body: changes }),
  );
}

export function useMarkAsLeft(id: string) {
  return useSavePerson(id, (exitDate: string) => apiPost<Person>(`${personPath(id)}/leave`, { exitDate }));
}

function useSaveRecommendation<Input>(id: string, save: (input: Input) => Promise<PersonRecommendation>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: save,
    onSuccess: (recommendation) => {
      queryClient.setQueryData(peopleKeys.recommendation(id), recommendation);
    },
  });
}

export function useRecommendApproach(id: string) {
  return useSaveRecommendation(id, (need: DevelopmentNeedInput) =>
    apiPost<PersonRecommendation>(`${personPath(id)}/recommendation`, need),
  );
}

export function useOverrideRecommendation(id: string) {
  return useSaveRecommendation(id, (override: RecommendationOverride) =>
    apiPost<PersonRecommendation>(`${personPath(id)}/recommendation/override`, override),
  );
}

export type ImportRequest = { file: File; mode: ImportResult['mode'] } & UploadCallbacks;

/** Checks or imports a CSV file. A commit that answers `isCommitted` refreshes every list of people. */
export function useImportPeople() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, mode, ...callbacks }: ImportRequest) =>
      uploadCsv<ImportResult>(`/api/people/import?mode=${mode}`, file, callbacks),
    onSuccess: async (result) => {
      if (result.isCommitted) await queryClient.invalidateQueries({ queryKey: peopleKeys.all });
    },
  });
}
