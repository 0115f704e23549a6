import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type {
  FeedbackCycle,
  FeedbackCycleCreate,
  FeedbackCyclePage,
  FeedbackReport,
  InstrumentDocument,
  InstrumentList,
  NominationsUpdate,
  RaterAnswersUpdate,
  RaterForm,
  SelfRatingLink,
} from '../../../contract/assessments.js';
import type { ProgramEnrollmentPage } from '../../../contract/index.js';
import { apiGet, apiPost, apiRequest } from '../../api/client';
import type { FeedbackCandidates } from '../../../contract/assessments.js';

/** Every feedback-cycle query starts with this: a change to one cycle may move it between lists. */
export const feedbackKey = ['feedback-cycles'] as const;

/** The signed-in user's list; one page holds all of a person's cycles, an admin pages through the organization's. */
export const myCyclesPageSize = 100;
export const programCyclesPageSize = 20;

const cyclePath = (cycleId: string, rest = '') => `/api/feedback-cycles/${encodeURIComponent(cycleId)}${rest}`;

/** The cycles the signed-in user takes part in (as participant or approver), or every one for an admin. */
export function myCyclesQuery(page: number) {
  const params = new URLSearchParams({ page: String(page), pageSize: String(myCyclesPageSize) });
  return queryOptions({
    queryKey: [...feedbackKey, 'list', 'mine', page],
    queryFn: ({ signal }) => apiGet<FeedbackCyclePage>(`/api/feedback-cycles?${params}`, signal),
    placeholderData: keepPreviousData,
  });
}

/** One program's cycles, for its administrators. */
export function programCyclesQuery(programId: string, page: number) {
  const params = new URLSearchParams({ programId, page: String(page), pageSize: String(programCyclesPageSize) });
  return queryOptions({
    queryKey: [...feedbackKey, 'list', 'program', programId, page],
    queryFn: ({ signal }) => apiGet<FeedbackCyclePage>(`/api/feedback-cycles?${params}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function cycleQuery(cycleId: string) {
  return queryOptions({
    queryKey: [...feedbackKey, 'one', cycleId],
    queryFn: ({ signal }) => apiGet<FeedbackCycle>(cyclePath(cycleId), signal),
  });
}

/** The participant's report; answers 403 or 409 until it is ready. */
export function reportQuery(cycleId: string) {
  return queryOptions({
    queryKey: [...feedbackKey, 'report', cycleId],
    queryFn: ({ signal }) => apiGet<FeedbackReport>(cyclePath(cycleId, '/report'), signal),
  });
}

/** People the participant may nominate; an empty search asks for those the reporting lines suggest. */
export function candidatesQuery(cycleId: string, search: string) {
  const params = new URLSearchParams(search === '' ? {} : { search });
  const query = params.size === 0 ? '' : `?${params}`;
  return queryOptions({
    queryKey: [...feedbackKey, 'candidates', cycleId, search],
    queryFn: ({ signal }) => apiGet<FeedbackCandidates>(cyclePath(cycleId, `/candidates${query}`), signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** Starts a 360 for a participant of the program (admins). */
export function startCycle(programId: string, body: FeedbackCycleCreate): Promise<FeedbackCycle> {
  return apiPost<FeedbackCycle>(`/api/programs/${encodeURIComponent(programId)}/feedback-cycles`, body);
}

/** Replaces the participant's list of raters. */
export function saveNominations(cycleId: string, body: NominationsUpdate): Promise<FeedbackCycle> {
  return apiRequest<FeedbackCycle>(cyclePath(cycleId, '/nominations'), { method: 'PUT', body });
}

/** Sends the list to the participant's manager for approval. */
export function submitNominations(cycleId: string): Promise<FeedbackCycle> {
  return apiPost<FeedbackCycle>(cyclePath(cycleId, '/submit'));
}

/** Approves the list: the raters and the participant get their links by email. */
export function approveNominations(cycleId: string): Promise<FeedbackCycle> {
  return apiPost<FeedbackCycle>(cyclePath(cycleId, '/approve'));
}

/** Sends the list back to the participant with a note. */
export function returnNominations(cycleId: string, note: string): Promise<FeedbackCycle> {
  return apiPost<FeedbackCycle>(cyclePath(cycleId, '/return'), { note });
}

/** A fresh link to the participant's own rating (the mailed one stops working). */
export function issueSelfRatingLink(cycleId: string): Promise<SelfRatingLink> {
  return apiPost<SelfRatingLink>(cyclePath(cycleId, '/self-rating'));
}

export function closeCycle(cycleId: string): Promise<FeedbackCycle> {
  return apiPost<FeedbackCycle>(cyclePath(cycleId, '/close'));
}

export const instrumentsKey = ['instruments'] as const;

export function instrumentsQuery() {
  return queryOptions({
    queryKey: [...instrumentsKey, 'list'],
    queryFn: ({ signal }) => apiGet<InstrumentList>('/api/instruments', signal),
    staleTime: 5 * 60_000,
  });
}

/** One instrument version; its item texts name the questions in a report. */
export function instrumentQuery(key: string, version: number) {
  return queryOptions({
    queryKey: [...instrumentsKey, 'one', key, version],
    queryFn: ({ signal }) =>
      apiGet<InstrumentDocument>(`/api/instruments/${encodeURIComponent(key)}/${encodeURIComponent(version)}`, signal),
    // A version never changes once published.
    staleTime: Infinity,
  });
}

/** A program's enrolled participants, for choosing whom a cycle is for. */
export function programParticipantsQuery(programId: string) {
  const params = new URLSearchParams({ role: 'participant', pageSize: '500' });
  return queryOptions({
    queryKey: ['programs', 'enrollments', programId, 'participants'],
    queryFn: ({ signal }) =>
      apiGet<ProgramEnrollmentPage>(`/api/programs/${encodeURIComponent(programId)}/enrollments?${params}`, signal),
  });
}

const raterPath = (token: string) => `/api/rater/${encodeURIComponent(token)}`;

/** A rater's form, through the personal link of their email: no sign-in. */
export function raterFormQuery(token: string) {
  return queryOptions({
    queryKey: ['rater', token],
    queryFn: ({ signal }) => apiGet<RaterForm>(raterPath(token), signal),
    // Typed answers live in the page; a refetch on focus must not look like it dropped them.
    refetchOnWindowFocus: false,
  });
}

export function saveRaterAnswers(token: string, body: RaterAnswersUpdate): Promise<RaterForm> {
  return apiRequest<RaterForm>(raterPath(token), { method: 'PUT', body });
}
