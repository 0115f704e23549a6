import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  BehaviouralProfileAnswers,
  BehaviouralProfilePersonParams,
  MyBehaviouralProfile,
  PersonBehaviouralProfile,
} from '../../../contract/behavioural-profiles.js';
import { Problem } from '../../../contract/problem.js';
import { authorize } from '../../http/policy.js';
import { requestContext } from '../../http/request-context.js';
import {
  deleteMyProfile,
  getMyProfile,
  getPersonProfile,
  saveMyProfile,
  type BehaviouralProfileDeps,
} from './behavioural-profiles.service.js';

const readProblems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const tags = ['behavioural profile'];

export function registerBehaviouralProfileRoutes(app: FastifyInstance, deps: BehaviouralProfileDeps): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const signedIn = (actor: Parameters<typeof authorize>[0]) => authorize(actor, 'me.read');

  routes.get(
    '/api/behavioural-profile',
    {
      schema: {
        tags,
        summary: 'Your behavioural self-profile: the questionnaire, your last answers and your scores',
        response: { 200: MyBehaviouralProfile, ...readProblems },
      },
    },
    async (request) => getMyProfile(deps, signedIn(request.actor)),
  );

  routes.put(
    '/api/behavioural-profile',
    {
      schema: {
        tags,
        summary: 'Fill in (or retake) your behavioural profile: every statement rated',
        body: BehaviouralProfileAnswers,
        response: { 200: MyBehaviouralProfile, ...readProblems },
      },
    },
    async (request) => saveMyProfile(deps, requestContext(request), signedIn(request.actor), request.body),
  );

  routes.delete(
    '/api/behavioural-profile',
    {
      schema: {
        tags,
        summary: 'Delete your behavioural profile (matching and your coach or mentor no longer see it)',
        response: { 204: z.null(), ...readProblems },
      },
    },
    async (request, reply) => {
      await deleteMyProfile(deps, requestContext(request), signedIn(request.actor));
      return reply.code(204).send(null);
    },
  );

  routes.get(
    '/api/people/:personId/behavioural-profile',
    {
      schema: {
        tags,
        summary: 'A person’s profile scores, for their current coach or mentor (never the answers)',
        params: BehaviouralProfilePersonParams,
        response: { 200: PersonBehaviouralProfile, ...readProblems },
      },
    },
    async (request) => getPersonProfile(deps, signedIn(request.actor), request.params.personId),
  );
}
