import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Problem } from '../../contract/problem.js';

export type AppErrorCode =
  'INVALID' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_LARGE' | 'RATE_LIMITED' | 'UNAVAILABLE';

const statusOf: Record<AppErrorCode, number> = {
  INVALID: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_LARGE: 413,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

const titleOf: Record<number, string> = {
  400: 'Invalid request',
  401: 'Not signed in',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Request too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

/** The one error type of the server. Services throw it; `sendProblem` turns it into HTTP. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly field: string | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: AppErrorCode,
    options: { message: string; field?: string; cause?: unknown; retryAfterSeconds?: number },
  ) {
    super(options.message, { cause: options.cause });
    this.code = code;
    this.field = options.field;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  get status(): number {
    return statusOf[this.code];
  }
}

type FieldError = { field: string; message: string };

function problemOf(status: number, requestId: string, detail?: string, errors?: FieldError[]): Problem {
  const title = titleOf[status] ?? (status >= 500 ? 'Server error' : 'Request error');
  return {
    type: 'about:blank',
    title,
    status,
    ...(detail === undefined ? {} : { detail }),
    ...(errors && errors.length > 0 ? { field: errors[0]!.field, errors } : {}),
    requestId,
  };
}

function validationErrors(error: FastifyError): FieldError[] {
  const context = error.validationContext ?? 'body';
  return (error.validation ?? []).map((issue) => {
    // instancePath is '/a/0/b'; we name fields as 'body.a.0.b'.
    const pathInside = issue.instancePath.split('/').filter(Boolean).join('.');
    return {
      field: [context, pathInside].filter(Boolean).join('.'),
      message: issue.message ?? 'is invalid',
    };
  });
}

/** Maps any error to an RFC 9457 problem; a bug becomes a 500 that names only the request id. */
export function toProblem(error: unknown, requestId: string): Problem {
  if (error instanceof AppError) {
    return problemOf(
      error.status,
      requestId,
      error.message,
      error.field ? [{ field: error.field, message: error.message }] : undefined,
    );
  }
  const fastifyError = error as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fastifyError)) {
    const errors = validationErrors(fastifyError);
    const first = errors[0];
    return problemOf(400, requestId, first ? `${first.field}: ${first.message}` : 'Invalid input', errors);
  }
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return problemOf(400, requestId, 'The request body is not valid JSON.', [
        { field: 'body', message: 'is not valid JSON' },
      ]);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problemOf(400, requestId, 'The request body is empty; JSON was expected.', [
        { field: 'body', message: 'is required' },
      ]);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return problemOf(415, requestId, 'Send the body as application/json.', [
        { field: 'content-type', message: 'is not supported' },
      ]);
    default:
      break;
  }
  const status = typeof fastifyError.statusCode === 'number' ? fastifyError.statusCode : 500;
  if (status >= 400 && status < 500) return problemOf(status, requestId, fastifyError.message);
  return problemOf(
    500,
    requestId,
    `Something went wrong on our side. Quote request id ${requestId} when reporting it.`,
  );
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type('application/problem+json').send(JSON.stringify(problem));
}

/**
 * A refusal worth auditing: every 403, and every 404 a signed-in user gets for a record id (records
 * are looked up within the user's organization, so this is how reaching into another one shows).
 */
function isDenial(request: FastifyRequest, problem: Problem): boolean {
  if (problem.status === 403) return true;
  const route = request.routeOptions.url ?? '';
  return problem.status === 404 && request.actor !== null && route.includes('/:');
}

/**
 * Fastify's error handler: logs bugs in full, answers problem+json without internals, and hands
 * every denial to `onDenied` (the audit log) before answering.
 */
export function createErrorHandler(onDenied: (request: FastifyRequest, problem: Problem) => Promise<void>) {
  return async (error: unknown, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    const problem = toProblem(error, request.id);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    if (isDenial(request, problem)) {
      // A failure to record must not turn the refusal into a 500.
      await onDenied(request, problem).catch((failure: unknown) =>
        request.log.error({ err: failure }, 'could not audit a denial'),
      );
    }
    if (error instanceof AppError && error.retryAfterSeconds !== undefined) {
      reply.header('retry-after', String(error.retryAfterSeconds));
    }
    return sendProblem(reply, problem);
  };
}
