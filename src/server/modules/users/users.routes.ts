import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Problem } from '../../../contract/problem.js';
import { User, UsersPage, UsersQuery, UserUpdate } from '../../../contract/users.js';
import { authorize } from '../../http/policy.js';
import { requestContext } from '../../http/request-context.js';
import { endUserSessions, getUser, listUsersPage, updateUser, type UsersDeps } from './users.service.js';

const UserParams = z.object({ id: z.uuid() });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const tags = ['users'];

/** Admins manage the logins of their organization: names, roles, disabling, ending sessions. */
export function registerUserRoutes(app: FastifyInstance, deps: UsersDeps): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'Search and page through the users of your organization',
        querystring: UsersQuery,
        response: { 200: UsersPage, ...errors },
      },
    },
    async (request) => listUsersPage(deps, authorize(request.actor, 'users.read'), request.query),
  );

  routes.get(
    '/api/users/:id',
    { schema: { tags, summary: 'One user', params: UserParams, response: { 200: User, ...errors } } },
    async (request) => getUser(deps, authorize(request.actor, 'users.read'), request.params.id),
  );

  routes.patch(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: "Change a user's display name or roles, or disable or enable their login",
        params: UserParams,
        body: UserUpdate,
        response: { 200: User, ...errors, 409: Problem },
      },
    },
    async (request) =>
      updateUser(
        deps,
        authorize(request.actor, 'users.manage'),
        requestContext(request),
        request.params.id,
        request.body,
      ),
  );

  routes.delete(
    '/api/users/:id/sessions',
    {
      schema: {
        tags,
        summary: "End all of a user's sessions: every browser they are signed in on is signed out",
        params: UserParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await endUserSessions(deps, authorize(request.actor, 'users.manage'), requestContext(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
}
