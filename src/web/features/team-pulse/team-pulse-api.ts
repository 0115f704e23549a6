import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type {
  MyTeamPulse,
  PulseAnswers,
  PulseForm,
  PulseLeaderResultPage,
  PulseSurvey,
  PulseSurveyCreate,
  PulseSurveyPage,
} from '../../../contract/team-pulse.js';
import { apiGet, apiPost } from '../../api/client';

/** Every admin pulse-survey query starts with this: closing or starting one changes the list. */
export const pulseSurveysKey = ['pulse-surveys'] as const;

export const surveysPageSize = 20;
export const resultsPageSize = 50;

const surveyPath = (surveyId: string, rest = '') => `/api/pulse-surveys/${encodeURIComponent(surveyId)}${rest}`;

/** The organization's quarterly surveys, newest first (admins). */
export function surveysQuery(page: number) {
  const params = new URLSearchParams({ page: String(page), pageSize: String(surveysPageSize) });
  return queryOptions({
    queryKey: [...pulseSurveysKey, 'list', page],
    queryFn: ({ signal }) => apiGet<PulseSurveyPage>(`/api/pulse-surveys?${params}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function surveyQuery(surveyId: string) {
  return queryOptions({
    queryKey: [...pulseSurveysKey, 'one', surveyId],
    queryFn: ({ signal }) => apiGet<PulseSurvey>(surveyPath(surveyId), signal),
  });
}

/** One survey's leaders with their counts and, once shown, their score; `search` is part of a name. */
export function resultsQuery(surveyId: string, search: string, page: number) {
  const params = new URLSearchParams({ page: String(page), pageSize: String(resultsPageSize) });
  if (search !== '') params.set('search', search);
  return queryOptions({
    queryKey: [...pulseSurveysKey, 'results', surveyId, search, page],
    queryFn: ({ signal }) => apiGet<PulseLeaderResultPage>(surveyPath(surveyId, `/results?${params}`), signal),
    placeholderData: keepPreviousData,
  });
}

/** Starts a quarter's survey: every big enough team gets its links by email. */
export function startSurvey(body: PulseSurveyCreate): Promise<PulseSurvey> {
  return apiPost<PulseSurvey>('/api/pulse-surveys', body);
}

/** Ends the answering; the scores of leaders with enough responses show from then on. */
export function closeSurvey(surveyId: string): Promise<PulseSurvey> {
  return apiPost<PulseSurvey>(surveyPath(surveyId, '/close'));
}

/** The signed-in leader's own team, quarter by quarter, newest first. */
export function myTeamPulseQuery() {
  return queryOptions({
    queryKey: ['team-pulse', 'mine'],
    queryFn: ({ signal }) => apiGet<MyTeamPulse>('/api/team-pulse', signal),
  });
}

const pulsePath = (token: string) => `/api/pulse/${encodeURIComponent(token)}`;

/** A team member's form, through the personal link of their email: no sign-in. */
export function pulseFormQuery(token: string) {
  return queryOptions({
    queryKey: ['pulse', token],
    queryFn: ({ signal }) => apiGet<PulseForm>(pulsePath(token), signal),
    // Answers being typed live in the page; a refetch on focus must not look like it dropped them.
    refetchOnWindowFocus: false,
  });
}

/** Sends the answers, once: they cannot be changed afterwards. */
export function sendPulseAnswers(token: string, body: PulseAnswers): Promise<PulseForm> {
  return apiPost<PulseForm>(pulsePath(token), body);
}
