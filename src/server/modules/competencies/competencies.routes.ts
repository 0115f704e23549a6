import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Competency, CompetencyList, NewCompetency } from '../../../contract/competencies.js';
import { Problem } from '../../../contract/problem.js';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../deps.js';
import { authorize } from '../../http/policy.js';
import { requestContext } from '../../http/request-context.js';
import { addCompetency, listCompetencies } from './competencies.service.js';

export function registerCompetencyRoutes(app: FastifyInstance, deps: { db: Database; clock: Clock }): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  routes.get(
    '/api/competencies',
    {
      schema: {
        tags: ['competencies'],
        summary: 'The shared competency vocabulary of the organization',
        response: { 200: CompetencyList, 401: Problem },
      },
    },
    async (request) => listCompetencies(deps.db, authorize(request.actor, 'me.read')),
  );
  routes.post(
    '/api/competencies',
    {
      schema: {
        tags: ['competencies'],
        summary: 'Add a competency to the vocabulary',
        body: NewCompetency,
        response: { 200: Competency, 400: Problem, 401: Problem, 403: Problem, 409: Problem },
      },
    },
    async (request) =>
      addCompetency(deps, authorize(request.actor, 'competency.create'), requestContext(request), request.body),
  );
}
