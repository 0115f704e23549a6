import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Problem } from '../../../contract/problem.js';
import {
  Relationship,
  RelationshipAgreementInput,
  RelationshipPage,
  RelationshipParams,
  RelationshipQuery,
  RelationshipTrainingInput,
  RelationshipTransition,
} from '../../../contract/relationships.js';
import { authorize } from '../../http/policy.js';
import { requestContext } from '../../http/request-context.js';
import {
  getRelationship,
  listRelationships,
  setTraining,
  signAgreement,
  transitionRelationship,
  updateAgreement,
  type RelationshipDeps,
} from './relationships.service.js';

const readProblems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const writeProblems = { ...readProblems, 409: Problem };
const tags = ['mentoring relationships'];

// Record-level rules (mentor, mentee, admin) are applied by the service through `authorize`
// once the relationship is loaded; here only a signed-in user is required.
export function registerRelationshipRoutes(app: FastifyInstance, deps: RelationshipDeps): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '/api/relationships',
    {
      schema: {
        tags,
        summary: 'Your mentoring relationships (an admin’s: the organization’s, metadata only), newest first',
        querystring: RelationshipQuery,
        response: { 200: RelationshipPage, ...readProblems },
      },
    },
    async (request) => listRelationships(deps, authorize(request.actor, 'me.read'), request.query),
  );

  routes.get(
    '/api/relationships/:id',
    {
      schema: {
        tags,
        summary: 'One mentoring relationship: agreement, signatures, training and status',
        params: RelationshipParams,
        response: { 200: Relationship, ...readProblems },
      },
    },
    async (request) => getRelationship(deps, authorize(request.actor, 'me.read'), request.params.id),
  );

  routes.put(
    '/api/relationships/:id/agreement',
    {
      schema: {
        tags,
        summary: 'Write the mentoring agreement (mentor or mentee); clears both signatures',
        params: RelationshipParams,
        body: RelationshipAgreementInput,
        response: { 200: Relationship, ...writeProblems },
      },
    },
    async (request) =>
      updateAgreement(
        deps,
        requestContext(request),
        authorize(request.actor, 'me.read'),
        request.params.id,
        request.body,
      ),
  );

  routes.post(
    '/api/relationships/:id/agreement/sign',
    {
      schema: {
        tags,
        summary: 'Sign the current agreement as the mentor or the mentee',
        params: RelationshipParams,
        response: { 200: Relationship, ...writeProblems },
      },
    },
    async (request) =>
      signAgreement(deps, requestContext(request), authorize(request.actor, 'me.read'), request.params.id),
  );

  routes.put(
    '/api/relationships/:id/training',
    {
      schema: {
        tags,
        summary: 'Tick your side’s training checklist (replaces your earlier ticks)',
        params: RelationshipParams,
        body: RelationshipTrainingInput,
        response: { 200: Relationship, ...writeProblems },
      },
    },
    async (request) =>
      setTraining(
        deps,
        requestContext(request),
        authorize(request.actor, 'me.read'),
        request.params.id,
        request.body.ticked,
      ),
  );

  routes.post(
    '/api/relationships/:id/transition',
    {
      schema: {
        tags,
        summary: 'Start, complete or end the relationship early (a no-fault exit offers a rematch)',
        params: RelationshipParams,
        body: RelationshipTransition,
        response: { 200: Relationship, ...writeProblems },
      },
    },
    async (request) =>
      transitionRelationship(
        deps,
        requestContext(request),
        authorize(request.actor, 'me.read'),
        request.params.id,
        request.body,
      ),
  );
}
