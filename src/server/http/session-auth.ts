import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { csrfHeader, sessionCookie } from '../../contract/auth.js';
import { acrossOrganizations, runHandlerInOrganization } from '../db/tenant-scope.js';
import { AppError } from './errors.js';
import type { Actor } from './policy.js';

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- declaration merging needs an interface
  interface FastifyRequest {
    actor: Actor | null;
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function checkOrigin(request: FastifyRequest): void {
  const origin = request.headers.origin;
  if (!origin) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    host = '';
  }
  if (host !== request.headers.host) {
    throw new AppError('FORBIDDEN', { message: 'Cross-site request refused.', field: 'headers.origin' });
  }
}

/**
 * Resolves the session cookie to an actor on every API request, and guards cookie-authenticated
 * writes against cross-site request forgery: same origin, plus the per-session token header.
 * Every route handler then runs scoped to the actor's organization (none when anonymous), so on a
 * PostgreSQL server row-level security hides every other organization's rows from it.
 * Register before the routes: only routes added afterwards are scoped.
 */
export function registerSessionAuth(
  app: FastifyInstance,
  options: {
    authenticate: (token: string) => Promise<Actor | null>;
    csrfExemptPaths: string[];
    /** Routes whose path carries its own credential (a rater's link): a cookie adds nothing to forge. */
    csrfExemptPrefixes?: string[];
  },
): void {
  app.decorateRequest('actor', null);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const handler = route.handler;
    route.handler = function scopedHandler(request, reply) {
      return runHandlerInOrganization(request.actor?.orgId ?? null, () => handler.call(this, request, reply));
    };
  });
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const isWrite = !safeMethods.has(request.method);
    if (isWrite) checkOrigin(request);
    const token = request.cookies[sessionCookie];
    if (!token) return;
    // Whose cookie this is cannot be known before looking it up.
    request.actor = await acrossOrganizations(() => options.authenticate(token));
    const path = request.url.split('?')[0] ?? '';
    const isExempt =
      options.csrfExemptPaths.includes(path) ||
      (options.csrfExemptPrefixes ?? []).some((prefix) => path.startsWith(prefix));
    if (isWrite && request.actor && !isExempt) {
      const sent = request.headers[csrfHeader];
      if (typeof sent !== 'string' || !sameText(sent, request.actor.csrfToken)) {
        throw new AppError('FORBIDDEN', {
          message: `Missing or wrong ${csrfHeader} header.`,
          field: `headers.${csrfHeader}`,
        });
      }
    }
  });
}
