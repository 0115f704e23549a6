import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LoginRequest, Me, sessionCookie } from '../../../contract/auth.js';
import { Problem } from '../../../contract/problem.js';
import { EmailChange, PasswordChange } from '../../../contract/users.js';
import { requestContext } from '../../http/request-context.js';
import { authorize } from '../../http/policy.js';
import { changeEmail, changePassword, getMe, login, logout, type AuthDeps } from './auth.service.js';

export const loginPath = '/api/auth/login';

export function registerAuthRoutes(app: FastifyInstance, deps: AuthDeps & { secureCookies: boolean }): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const cookieOptions = { httpOnly: true, sameSite: 'lax', secure: deps.secureCookies, path: '/' } as const;

  routes.post(
    loginPath,
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password; sets the session cookie',
        body: LoginRequest,
        response: { 200: Me, 400: Problem, 401: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      const result = await login(deps, requestContext(request), request.body);
      reply.setCookie(sessionCookie, result.token, { ...cookieOptions, maxAge: result.maxAgeSeconds });
      return result.me;
    },
  );

  routes.post(
    '/api/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign out: ends the session and clears the cookie',
        response: { 204: z.null(), 401: Problem, 403: Problem },
      },
    },
    async (request, reply) => {
      const actor = authorize(request.actor, 'session.end');
      await logout(deps, requestContext(request), actor);
      reply.clearCookie(sessionCookie, cookieOptions);
      return reply.code(204).send(null);
    },
  );

  routes.get(
    '/api/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user, their roles and organization',
        response: { 200: Me, 401: Problem },
      },
    },
    async (request) => getMe(deps.db, authorize(request.actor, 'me.read')),
  );
  routes.put(
    '/api/me/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change your password (needs the current one); your other sessions end',
        body: PasswordChange,
        response: { 204: z.null(), 400: Problem, 401: Problem, 403: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      await changePassword(deps, requestContext(request), authorize(request.actor, 'me.update'), request.body);
      return reply.code(204).send(null);
    },
  );

  routes.put(
    '/api/me/email',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change your sign-in email (needs the current password)',
        body: EmailChange,
        response: { 200: Me, 400: Problem, 401: Problem, 403: Problem, 409: Problem, 429: Problem },
      },
    },
    async (request) => changeEmail(deps, requestContext(request), authorize(request.actor, 'me.update'), request.body),
  );
}
