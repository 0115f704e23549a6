import type { MatchRequest, ProgramPerson } from '../../../contract/index.js';
import { isApiError } from '../../api/client';
import { errorMessage } from '../people/server-errors';

// Words and small shapes for the self-service pages, kept free of React so they are easy to test.

export type MatchRequestStatus = MatchRequest['status'];

/** How a request's state reads to either side. A mentee "withdraws"; the API calls it cancelled. */
export const matchRequestStatusLabels: Record<MatchRequestStatus, string> = {
  pending: 'Waiting',
  accepted: 'Accepted',
  declined: 'Declined',
  cancelled: 'Withdrawn',
};

export const matchRequestStatusColors: Record<MatchRequestStatus, string> = {
  pending: 'yellow',
  accepted: 'green',
  declined: 'red',
  cancelled: 'gray',
};

/**
 * Waiting requests (oldest first, so the longest wait is answered first) and answered ones
 * (latest answer first). The server already sorts waiting first; this does not rely on it.
 */
export function splitRequests(requests: readonly MatchRequest[]): {
  waiting: MatchRequest[];
  answered: MatchRequest[];
} {
  const waiting = requests
    .filter((request) => request.status === 'pending')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const answered = requests
    .filter((request) => request.status !== 'pending')
    .sort((a, b) => answeredAt(b).localeCompare(answeredAt(a)));
  return { waiting, answered };
}

function answeredAt(request: MatchRequest): string {
  return request.decidedAt ?? request.createdAt;
}

/** "No place left", "1 place left", "3 places left". */
export function placesLeftLabel(openPlaces: number): string {
  if (openPlaces <= 0) return 'No place left';
  return openPlaces === 1 ? '1 place left' : `${openPlaces} places left`;
}

/** A 0–100 score as a whole number, e.g. "Match 87/100"; the screen reader hears "out of". */
export function scoreLabel(score: number): { text: string; spoken: string } {
  const rounded = Math.round(Math.min(100, Math.max(0, score)));
  return { text: `Match ${rounded}/100`, spoken: `Match score ${rounded} out of 100` };
}

/** "Engineering Director · Engineering": a person's title and department, skipping blanks. */
export function roleLine(person: Pick<ProgramPerson, 'title' | 'department'>): string {
  return [person.title, person.department].filter((part) => part.trim() !== '').join(' · ');
}

/** An ISO instant as a day, e.g. "4 Mar 2026", in the viewer's time zone unless one is given. */
export function formatDay(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...(timeZone === undefined ? {} : { timeZone }),
  }).format(date);
}

/** One line for an answered request in a history list, e.g. "Declined on 4 Mar 2026: No time this quarter". */
export function answerSummary(request: MatchRequest, timeZone?: string): string {
  const label = matchRequestStatusLabels[request.status];
  if (request.status === 'pending') return `${label} since ${formatDay(request.createdAt, timeZone)}`;
  const when = request.decidedAt === null ? '' : ` on ${formatDay(request.decidedAt, timeZone)}`;
  const reason = request.status === 'declined' && request.declineReason ? `: ${request.declineReason}` : '';
  return `${label}${when}${reason}`;
}

/**
 * A failed request's message for a form with one text input: the input's own problem (the
 * server names it `body.<field>`) goes next to it, anything else above the buttons.
 */
export function splitFormError(error: unknown, field: string): { input: string | undefined; general: string | null } {
  if (error === null || error === undefined) return { input: undefined, general: null };
  const issue = isApiError(error) ? (error.errors ?? []).find((item) => item.field === `body.${field}`) : undefined;
  if (issue === undefined) return { input: undefined, general: errorMessage(error) };
  const text = issue.message.startsWith(`body.${field}: `) ? issue.message.slice(field.length + 7) : issue.message;
  return { input: text.charAt(0).toUpperCase() + text.slice(1), general: null };
}
