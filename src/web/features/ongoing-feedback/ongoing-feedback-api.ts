import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type {
  ColleagueList,
  Feedback,
  FeedbackCreate,
  FeedbackPage,
  FeedbackPrompt,
  FeedbackPromptState,
  FeedbackRequest,
  FeedbackRequestCreate,
  FeedbackRequestPage,
  FeedbackRequestStatus,
  Kudos,
  KudosCreate,
  KudosPage,
  SharedFeedbackPage,
} from '../../../contract/ongoing-feedback.js';
import { apiGet, apiPost, apiRequest } from '../../api/client';

/** Every query of requests and feedback starts with this: asking, answering or sharing changes them. */
export const ongoingFeedbackKey = ['ongoing-feedback'] as const;
export const kudosKey = ['kudos'] as const;

/** Items per page of every list on these pages. */
export const listPageSize = 10;

function pageParams(page: number, extra: Record<string, string> = {}) {
  return new URLSearchParams({ ...extra, page: String(page), pageSize: String(listPageSize) });
}

/** Colleagues whose name, title or department matches, to ask, give feedback or kudos to. */
export function colleaguesQuery(search: string) {
  return queryOptions({
    queryKey: ['colleagues', search],
    queryFn: ({ signal }) => apiGet<ColleagueList>(`/api/colleagues?${new URLSearchParams({ search })}`, signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export function requestsQuery(direction: 'received' | 'sent', status: FeedbackRequestStatus | null, page: number) {
  const params = pageParams(page, { direction, ...(status === null ? {} : { status }) });
  return queryOptions({
    queryKey: [...ongoingFeedbackKey, 'requests', direction, status, page],
    queryFn: ({ signal }) => apiGet<FeedbackRequestPage>(`/api/feedback-requests?${params}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function feedbackQuery(direction: 'received' | 'given', page: number) {
  const params = pageParams(page, { direction });
  return queryOptions({
    queryKey: [...ongoingFeedbackKey, 'feedback', direction, page],
    queryFn: ({ signal }) => apiGet<FeedbackPage>(`/api/feedback?${params}`, signal),
    placeholderData: keepPreviousData,
  });
}

/** What a person shared with their coaches and mentors; 404 for anyone but them and their current guides. */
export function sharedFeedbackQuery(personId: string, page: number) {
  return queryOptions({
    queryKey: [...ongoingFeedbackKey, 'shared', personId, page],
    queryFn: ({ signal }) =>
      apiGet<SharedFeedbackPage>(
        `/api/people/${encodeURIComponent(personId)}/shared-feedback?${pageParams(page)}`,
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

/** Kudos one received or gave, or the team-visible kudos of one's team. */
export function kudosQuery(which: 'received' | 'given' | 'team', page: number) {
  const path =
    which === 'team' ? `/api/team-kudos?${pageParams(page)}` : `/api/kudos?${pageParams(page, { direction: which })}`;
  return queryOptions({
    queryKey: [...kudosKey, which, page],
    queryFn: ({ signal }) => apiGet<KudosPage>(path, signal),
    placeholderData: keepPreviousData,
  });
}

const promptPath = (sessionId: string) => `/api/sessions/${encodeURIComponent(sessionId)}/feedback-prompt`;

/** A session's feedback prompt, or null while none was asked: for the session's two people. */
export function feedbackPromptQuery(sessionId: string) {
  return queryOptions({
    queryKey: [...ongoingFeedbackKey, 'prompt', sessionId],
    queryFn: ({ signal }) => apiGet<FeedbackPromptState>(promptPath(sessionId), signal),
  });
}

export function askForFeedback(body: FeedbackRequestCreate): Promise<FeedbackRequest> {
  return apiPost<FeedbackRequest>('/api/feedback-requests', body);
}

export function declineRequest(requestId: string): Promise<FeedbackRequest> {
  return apiPost<FeedbackRequest>(`/api/feedback-requests/${encodeURIComponent(requestId)}/decline`);
}

/** Gives feedback, unasked or (with `requestId`) answering a request. */
export function giveFeedback(body: FeedbackCreate): Promise<Feedback> {
  return apiPost<Feedback>('/api/feedback', body);
}

export function setSharing(feedbackId: string, sharedWithGuides: boolean): Promise<Feedback> {
  return apiRequest<Feedback>(`/api/feedback/${encodeURIComponent(feedbackId)}/sharing`, {
    method: 'PUT',
    body: { sharedWithGuides },
  });
}

export function giveKudos(body: KudosCreate): Promise<Kudos> {
  return apiPost<Kudos>('/api/kudos', body);
}

export function askFeedbackPrompt(sessionId: string): Promise<FeedbackPrompt> {
  return apiPost<FeedbackPrompt>(promptPath(sessionId));
}

export function answerFeedbackPrompt(sessionId: string, answer: string): Promise<FeedbackPrompt> {
  return apiRequest<FeedbackPrompt>(promptPath(sessionId), { method: 'PUT', body: { answer } });
}
