import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DevelopmentNeedInput, PersonRecommendation, RecommendationOverride } from '../../../contract/approach.js';
import { Problem } from '../../../contract/problem.js';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../deps.js';
import { authorize } from '../../http/policy.js';
import { requestContext } from '../../http/request-context.js';
import { getLatestRecommendation, overrideRecommendation, recommendForPerson } from './approach.service.js';

const PersonParams = z.object({ id: z.uuid() });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

export function registerApproachRoutes(app: FastifyInstance, deps: { db: Database; clock: Clock }): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.post(
    '/api/people/:id/recommendation',
    {
      schema: {
        tags: ['approach'],
        summary: 'Recommend coaching, mentoring or both for a development need, with every rule that fired',
        params: PersonParams,
        body: DevelopmentNeedInput,
        response: { 200: PersonRecommendation, ...errors },
      },
    },
    async (request) =>
      recommendForPerson(
        deps,
        authorize(request.actor, 'approach.recommend'),
        requestContext(request),
        request.params.id,
        request.body,
      ),
  );

  routes.get(
    '/api/people/:id/recommendation',
    {
      schema: {
        tags: ['approach'],
        summary: "The person's latest recommendation and any override",
        params: PersonParams,
        response: { 200: PersonRecommendation, ...errors },
      },
    },
    async (request) => getLatestRecommendation(deps.db, authorize(request.actor, 'people.read'), request.params.id),
  );

  routes.post(
    '/api/people/:id/recommendation/override',
    {
      schema: {
        tags: ['approach'],
        summary: 'Overrule the latest recommendation, with a reason that is kept',
        params: PersonParams,
        body: RecommendationOverride,
        response: { 200: PersonRecommendation, ...errors, 409: Problem },
      },
    },
    async (request) =>
      overrideRecommendation(
        deps,
        authorize(request.actor, 'approach.override'),
        requestContext(request),
        request.params.id,
        request.body,
      ),
  );
}
