import type { csrfHeader, Problem } from '../../contract/index.js';

/**
 * The header that carries the CSRF token. Kept as a literal here, matching
 * `csrfHeader` in the contract, because importing a value from the contract
 * would pull zod into the browser bundle.
 */
const csrfHeaderName = 'x-csrf-token' satisfies typeof csrfHeader;

/** What an `ApiError` carries: the problem details, or a stand-in when the server sent none. */
export type ApiErrorDetails = Pick<Problem, 'status' | 'title'> &
  Partial<Pick<Problem, 'type' | 'detail' | 'field' | 'errors' | 'requestId'>>;

/** Any failed API call. `status` is 0 when the server could not be reached at all. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly type: string | undefined;
  readonly detail: string | undefined;
  readonly field: string | undefined;
  readonly errors: Problem['errors'];
  readonly requestId: string | undefined;

  constructor(details: ApiErrorDetails, options?: { cause?: unknown }) {
    super(details.detail ?? details.title, options);
    this.name = 'ApiError';
    this.status = details.status;
    this.title = details.title;
    this.type = details.type;
    this.detail = details.detail;
    this.field = details.field;
    this.errors = details.errors;
    this.requestId = details.requestId;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

// Held in memory only (never in storage): a script injected into the page
// could read storage, and the token is re-issued by every `GET /api/me`.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The current CSRF token, for requests made without `apiRequest` (e.g. uploads with progress). */
export function getCsrfToken(): string | null {
  return csrfToken;
}

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
};

/**
 * Calls the API and answers the parsed JSON body (`undefined` for 204).
 * Throws `ApiError` for every non-2xx answer and for network failures.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers = new Headers({ accept: 'application/json, application/problem+json' });
  if (options.body !== undefined) headers.set('content-type', 'application/json');
  if (method !== 'GET' && csrfToken !== null) headers.set(csrfHeaderName, csrfToken);

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    // Let cancellations surface as themselves so TanStack Query can ignore them.
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(
      {
        status: 0,
        title: 'Network error',
        detail: 'Could not reach the server. Check your connection and try again.',
      },
      { cause },
    );
  }

  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

async function toApiError(response: Response): Promise<ApiError> {
  const fallback: ApiErrorDetails = {
    status: response.status,
    title: response.statusText || 'Request failed',
  };
  const contentType = response.headers.get('content-type') ?? '';
  if (!contentType.includes('json')) return new ApiError(fallback);
  try {
    const body: unknown = await response.json();
    if (!isProblemLike(body)) return new ApiError(fallback);
    // Trust the HTTP status over the body's, should a proxy have rewritten it.
    return new ApiError({ ...body, status: response.status });
  } catch {
    return new ApiError(fallback);
  }
}

function isProblemLike(body: unknown): body is ApiErrorDetails {
  return (
    typeof body === 'object' &&
    body !== null &&
    'title' in body &&
    typeof (body as { title: unknown }).title === 'string'
  );
}

export function apiGet<T>(path: string, signal?: AbortSignal): Promise<T> {
  return apiRequest<T>(path, signal === undefined ? {} : { signal });
}

export function apiPost<T>(path: string, body?: unknown): Promise<T> {
  return apiRequest<T>(path, { method: 'POST', body });
}
