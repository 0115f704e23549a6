import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ReadinessAssessment,
  ReadinessAssessmentCreate,
  ReadinessHistory,
  ReadinessPersonParams,
} from '../../../contract/outcomes.js';
import { Problem } from '../../../contract/problem.js';
import { authorize } from '../../http/policy.js';
import { requestContext } from '../../http/request-context.js';
import { getReadinessHistory, recordReadiness, type SuccessionDeps } from './succession.service.js';

const readProblems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const writeProblems = { ...readProblems, 409: Problem };
const tags = ['succession'];

export function registerSuccessionRoutes(app: FastifyInstance, deps: SuccessionDeps): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const signedIn = (actor: Parameters<typeof authorize>[0]) => authorize(actor, 'me.read');

  routes.get(
    '/api/people/:personId/readiness-assessments',
    {
      schema: {
        tags,
        summary: "A person's promotion-readiness history, newest first",
        params: ReadinessPersonParams,
        response: { 200: ReadinessHistory, ...readProblems },
      },
    },
    async (request) => getReadinessHistory(deps, signedIn(request.actor), request.params.personId),
  );

  routes.post(
    '/api/people/:personId/readiness-assessments',
    {
      schema: {
        tags,
        summary: 'Record where a person stands for promotion: ready now, in 1–2 years, in 3 or more',
        params: ReadinessPersonParams,
        body: ReadinessAssessmentCreate,
        response: { 201: ReadinessAssessment, ...writeProblems },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await recordReadiness(
            deps,
            requestContext(request),
            signedIn(request.actor),
            request.params.personId,
            request.body,
          ),
        ),
  );
}
