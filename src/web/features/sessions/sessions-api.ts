import { queryOptions } from '@tanstack/react-query';
import type {
  CalendarFeed,
  Session,
  SessionActionItem,
  SessionActionItemInput,
  SessionList,
  SessionNote,
  SessionScheduleInput,
  SessionUpdateInput,
} from '../../../contract/index.js';
import { apiGet, apiPost, apiRequest } from '../../api/client';

/** Every sessions query key starts with this, so one invalidation refreshes lists and pages alike. */
export const sessionsKey = ['sessions'] as const;

/** The two kinds of pair a session belongs to, as their API paths name them. */
export type PairKind = 'relationship' | 'engagement';

const pairCollection: Record<PairKind, string> = { relationship: 'relationships', engagement: 'engagements' };

function pairSessionsPath(kind: PairKind, pairId: string): string {
  return `/api/${pairCollection[kind]}/${encodeURIComponent(pairId)}/sessions`;
}

function sessionPath(sessionId: string, rest = ''): string {
  return `/api/sessions/${encodeURIComponent(sessionId)}${rest}`;
}

/** One pair's sessions, in time order (no notes). */
export function pairSessionsQuery(kind: PairKind, pairId: string) {
  return queryOptions({
    queryKey: [...sessionsKey, 'pair', kind, pairId],
    queryFn: ({ signal }) => apiGet<SessionList>(pairSessionsPath(kind, pairId), signal),
  });
}

/** The signed-in user's sessions as one of a pair, from `from` on (UTC). */
export function mySessionsQuery(from: string) {
  return queryOptions({
    queryKey: [...sessionsKey, 'mine', from],
    queryFn: ({ signal }) => apiGet<SessionList>(`/api/sessions?${new URLSearchParams({ from })}`, signal),
  });
}

export function sessionQuery(sessionId: string) {
  return queryOptions({
    queryKey: [...sessionsKey, 'one', sessionId],
    queryFn: ({ signal }) => apiGet<Session>(sessionPath(sessionId), signal),
  });
}

export function scheduleSession(kind: PairKind, pairId: string, body: SessionScheduleInput): Promise<Session> {
  return apiPost<Session>(pairSessionsPath(kind, pairId), body);
}

export function updateSession(sessionId: string, body: SessionUpdateInput): Promise<Session> {
  return apiRequest<Session>(sessionPath(sessionId), { method: 'PATCH', body });
}

export function writeNote(
  sessionId: string,
  visibility: SessionNote['visibility'],
  section: string,
  body: string,
): Promise<{ note: SessionNote | null }> {
  return apiRequest<{ note: SessionNote | null }>(
    sessionPath(sessionId, `/notes/${visibility}/${encodeURIComponent(section)}`),
    { method: 'PUT', body: { body } },
  );
}

export function addActionItem(sessionId: string, body: SessionActionItemInput): Promise<SessionActionItem> {
  return apiPost<SessionActionItem>(sessionPath(sessionId, '/action-items'), body);
}

export function setActionItemDone(sessionId: string, itemId: string, done: boolean): Promise<SessionActionItem> {
  return apiRequest<SessionActionItem>(sessionPath(sessionId, `/action-items/${encodeURIComponent(itemId)}`), {
    method: 'PATCH',
    body: { done },
  });
}

/** The address of the session's invitation, for a plain download link (the cookie authenticates it). */
export function invitePath(sessionId: string): string {
  return sessionPath(sessionId, '/invite.ics');
}

/** Makes a new secret feed address, replacing any earlier one. */
export function createCalendarFeed(): Promise<CalendarFeed> {
  return apiPost<CalendarFeed>('/api/me/calendar-feed');
}

export function revokeCalendarFeed(): Promise<void> {
  return apiRequest<void>('/api/me/calendar-feed', { method: 'DELETE' });
}
