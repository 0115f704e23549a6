import { queryOptions } from '@tanstack/react-query';
import type { LoginRequest, Me } from '../../../contract/index.js';
import { apiGet, apiPost, isApiError, setCsrfToken } from '../../api/client';

/** The one query key for "who is signed in". `null` data means signed out. */
export const sessionQueryKey = ['session'] as const;

/** Answers the signed-in session, or `null` when there is none (401). */
export async function fetchSession(signal?: AbortSignal): Promise<Me | null> {
  try {
    const me = await apiGet<Me>('/api/me', signal);
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (isApiError(error, 401)) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const sessionQueryOptions = queryOptions({
  queryKey: sessionQueryKey,
  queryFn: ({ signal }) => fetchSession(signal),
  // The session rarely changes under us; window focus still re-checks it.
  staleTime: 5 * 60_000,
});

export async function signIn(credentials: LoginRequest): Promise<Me> {
  const me = await apiPost<Me>('/api/auth/login', credentials);
  setCsrfToken(me.csrfToken);
  return me;
}

export async function signOut(): Promise<void> {
  try {
    await apiPost<void>('/api/auth/logout');
  } catch (error) {
    // An expired session is already signed out: nothing left to undo.
    if (!isApiError(error, 401)) throw error;
  }
  setCsrfToken(null);
}

/**
 * Keeps `redirect` targets on this site: only a local path, never `//host`
 * or `/\host` (which browsers treat as another origin), never the login page.
 */
export function toSafeRedirect(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return undefined;
  if (value === '/login' || value.startsWith('/login?') || value.startsWith('/login/')) return undefined;
  return value;
}
