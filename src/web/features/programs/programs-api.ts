import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type {
  Program,
  ProgramCreate,
  ProgramEnrollment,
  ProgramEnrollmentCreate,
  ProgramEnrollmentPage,
  ProgramPage,
  ProgramStatus,
  Tier,
} from '../../../contract/index.js';
import { apiGet, apiPost, apiRequest } from '../../api/client';

export const programsPageSize = 20;
export const enrollmentsPageSize = 50;

/** Every programs query key starts with this, so one invalidation refreshes them all. */
export const programsKey = ['programs'] as const;

export function programListQuery(search: { page: number; status?: ProgramStatus | undefined }) {
  const params = new URLSearchParams({ page: String(search.page), pageSize: String(programsPageSize) });
  if (search.status) params.set('status', search.status);
  return queryOptions({
    queryKey: [...programsKey, 'list', search.page, search.status ?? 'all'],
    queryFn: ({ signal }) => apiGet<ProgramPage>(`/api/programs?${params}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function programQuery(programId: string) {
  return queryOptions({
    queryKey: [...programsKey, 'detail', programId],
    queryFn: ({ signal }) => apiGet<Program>(`/api/programs/${encodeURIComponent(programId)}`, signal),
  });
}

export function enrollmentsQuery(programId: string, page: number) {
  const params = new URLSearchParams({ page: String(page), pageSize: String(enrollmentsPageSize) });
  return queryOptions({
    queryKey: [...programsKey, 'enrollments', programId, page],
    queryFn: ({ signal }) =>
      apiGet<ProgramEnrollmentPage>(`/api/programs/${encodeURIComponent(programId)}/enrollments?${params}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function createProgram(body: ProgramCreate): Promise<Program> {
  return apiPost<Program>('/api/programs', body);
}

export function transitionProgram(programId: string, to: ProgramStatus): Promise<Program> {
  return apiPost<Program>(`/api/programs/${encodeURIComponent(programId)}/transition`, { to });
}

export function enrollPerson(programId: string, body: ProgramEnrollmentCreate): Promise<ProgramEnrollment> {
  return apiPost<ProgramEnrollment>(`/api/programs/${encodeURIComponent(programId)}/enrollments`, body);
}

export function removeEnrollment(programId: string, enrollmentId: string): Promise<void> {
  return apiRequest<void>(
    `/api/programs/${encodeURIComponent(programId)}/enrollments/${encodeURIComponent(enrollmentId)}`,
    { method: 'DELETE' },
  );
}

/** A person as the people directory's search lists them (`GET /api/people?search=`). */
export type PersonOption = { id: string; name: string; title: string; tier: Tier; department: string };

export function peopleSearchQuery(search: string) {
  const params = new URLSearchParams({ search, pageSize: '10' });
  return queryOptions({
    queryKey: ['people', 'search', search],
    queryFn: ({ signal }) => apiGet<{ items: PersonOption[] }>(`/api/people?${params}`, signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
