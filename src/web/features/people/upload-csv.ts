import type { csrfHeader } from '../../../contract/index.js';
import { ApiError, getCsrfToken } from '../../api/client';
import type { ApiErrorDetails } from '../../api/client';

// A literal, like in api/client.ts: a value import from the contract would pull zod into the bundle.
const csrfHeaderName = 'x-csrf-token' satisfies typeof csrfHeader;

export type UploadCallbacks = {
  /** Bytes sent so far, as the browser reports them. */
  onUploadProgress?: (progress: { loaded: number; total: number }) => void;
  /** The whole body has been sent; the server is now working on it. */
  onUploaded?: () => void;
  signal?: AbortSignal;
};

/**
 * POSTs a CSV file as the raw request body and answers the parsed JSON reply.
 * XMLHttpRequest rather than fetch because only it reports upload progress. Same-origin requests
 * carry the session cookie (as `credentials: 'same-origin'` does for fetch); the CSRF header is
 * added like `apiRequest` does. Throws `ApiError` for non-2xx answers and network failures, and an
 * `AbortError` DOMException when `signal` aborts.
 */
export function uploadCsv<T>(url: string, file: Blob, callbacks: UploadCallbacks = {}): Promise<T> {
  const { onUploadProgress, onUploaded, signal } = callbacks;
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('The upload was cancelled.', 'AbortError'));
      return;
    }
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('accept', 'application/json, application/problem+json');
    request.setRequestHeader('content-type', 'text/csv');
    const token = getCsrfToken();
    if (token !== null) request.setRequestHeader(csrfHeaderName, token);

    request.upload.addEventListener('progress', (event) => {
      onUploadProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
    });
    request.upload.addEventListener('load', () => onUploaded?.());

    const abort = () => request.abort();
    signal?.addEventListener('abort', abort, { once: true });
    const settle = () => signal?.removeEventListener('abort', abort);

    request.addEventListener('load', () => {
      settle();
      try {
        resolve(readAnswer<T>(request));
      } catch (error) {
        reject(error);
      }
    });
    request.addEventListener('error', () => {
      settle();
      reject(
        new ApiError({
          status: 0,
          title: 'Network error',
          detail: 'The upload was interrupted. Check your connection and try again.',
        }),
      );
    });
    request.addEventListener('abort', () => {
      settle();
      reject(new DOMException('The upload was cancelled.', 'AbortError'));
    });

    request.send(file);
  });
}

function readAnswer<T>(request: XMLHttpRequest): T {
  const contentType = request.getResponseHeader('content-type') ?? '';
  const body =
    contentType.includes('json') && request.responseText !== '' ? parseJson(request.responseText) : undefined;
  if (request.status >= 200 && request.status < 300) return body as T;
  const fallback: ApiErrorDetails = { status: request.status, title: request.statusText || 'Request failed' };
  // Trust the HTTP status over the body's, as api/client.ts does.
  throw new ApiError(isProblemLike(body) ? { ...body, status: request.status } : fallback);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isProblemLike(body: unknown): body is ApiErrorDetails {
  return typeof body === 'object' && body !== null && typeof (body as { title?: unknown }).title === 'string';
}
