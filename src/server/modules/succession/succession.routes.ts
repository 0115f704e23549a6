import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ReadinessAssessment,
  ReadinessAssessmentCreate,
  ReadinessHistory,
  ReadinessPersonParams,
} from '../../../contract/outcomes.js';
import { Problem } from '../../../contract/problem.js';
import {
  BenchStrength,
  KeyPosition,
  KeyPositionInput,
  KeyPositionPage,
  KeyPositionParams,
  KeyPositionQuery,
  NineBox,
  NineBoxMove,
  NineBoxPersonParams,
  NineBoxQuery,
  SuccessorCreate,
  SuccessorDetail,
  SuccessorGap,
  SuccessorParams,
  SuccessorReadinessCreate,
} from '../../../contract/succession.js';
import { authorize } from '../../http/policy.js';
import { requestContext } from '../../http/request-context.js';
import {
  addSuccessor,
  archiveKeyPosition,
  assessSuccessor,
  createKeyPosition,
  getBenchStrength,
  getKeyPosition,
  getNineBox,
  getReadinessHistory,
  getSuccessor,
  getSuccessorGap,
  listKeyPositions,
  moveOnNineBox,
  recordReadiness,
  removeSuccessor,
  updateKeyPosition,
  type SuccessionDeps,
} from './succession.service.js';

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

  routes.get(
    '/api/key-positions',
    {
      schema: {
        tags,
        summary: 'Key positions with their incumbents, successors and bench (admins and sponsors)',
        querystring: KeyPositionQuery,
        response: { 200: KeyPositionPage, ...readProblems },
      },
    },
    async (request) => listKeyPositions(deps, signedIn(request.actor), request.query),
  );

  routes.post(
    '/api/key-positions',
    {
      schema: {
        tags,
        summary: 'Add a key position: title, incumbent, criticality, the incumbent’s risk of leaving, competencies',
        body: KeyPositionInput,
        response: { 201: KeyPosition, ...writeProblems },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createKeyPosition(deps, requestContext(request), signedIn(request.actor), request.body)),
  );

  routes.get(
    '/api/key-positions/:positionId',
    {
      schema: {
        tags,
        summary: 'One key position with its successors and bench',
        params: KeyPositionParams,
        response: { 200: KeyPosition, ...readProblems },
      },
    },
    async (request) => getKeyPosition(deps, signedIn(request.actor), request.params.positionId),
  );

  routes.put(
    '/api/key-positions/:positionId',
    {
      schema: {
        tags,
        summary: 'Change a key position',
        params: KeyPositionParams,
        body: KeyPositionInput,
        response: { 200: KeyPosition, ...writeProblems },
      },
    },
    async (request) =>
      updateKeyPosition(
        deps,
        requestContext(request),
        signedIn(request.actor),
        request.params.positionId,
        request.body,
      ),
  );

  routes.delete(
    '/api/key-positions/:positionId',
    {
      schema: {
        tags,
        summary: 'Archive a position that is no longer key (its history stays for the trend)',
        params: KeyPositionParams,
        response: { 204: z.null(), ...writeProblems },
      },
    },
    async (request, reply) => {
      await archiveKeyPosition(deps, requestContext(request), signedIn(request.actor), request.params.positionId);
      return reply.code(204).send(null);
    },
  );

  routes.post(
    '/api/key-positions/:positionId/successors',
    {
      schema: {
        tags,
        summary: 'Name a successor with their readiness for this position',
        params: KeyPositionParams,
        body: SuccessorCreate,
        response: { 201: SuccessorDetail, ...writeProblems },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await addSuccessor(
            deps,
            requestContext(request),
            signedIn(request.actor),
            request.params.positionId,
            request.body,
          ),
        ),
  );

  routes.get(
    '/api/key-positions/:positionId/successors/:successorId',
    {
      schema: {
        tags,
        summary: 'One successor with every change of their readiness, newest first',
        params: SuccessorParams,
        response: { 200: SuccessorDetail, ...readProblems },
      },
    },
    async (request) =>
      getSuccessor(deps, signedIn(request.actor), request.params.positionId, request.params.successorId),
  );

  routes.post(
    '/api/key-positions/:positionId/successors/:successorId/readiness',
    {
      schema: {
        tags,
        summary: "Record a successor's readiness again (kept as history)",
        params: SuccessorParams,
        body: SuccessorReadinessCreate,
        response: { 201: SuccessorDetail, ...writeProblems },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await assessSuccessor(
            deps,
            requestContext(request),
            signedIn(request.actor),
            request.params.positionId,
            request.params.successorId,
            request.body,
          ),
        ),
  );

  routes.delete(
    '/api/key-positions/:positionId/successors/:successorId',
    {
      schema: {
        tags,
        summary: 'Take a successor off the bench (their history stays)',
        params: SuccessorParams,
        response: { 204: z.null(), ...writeProblems },
      },
    },
    async (request, reply) => {
      await removeSuccessor(
        deps,
        requestContext(request),
        signedIn(request.actor),
        request.params.positionId,
        request.params.successorId,
      );
      return reply.code(204).send(null);
    },
  );

  routes.get(
    '/api/key-positions/:positionId/successors/:successorId/gap',
    {
      schema: {
        tags,
        summary: "A successor's missing competencies, the recommended approach and the programs that fit",
        params: SuccessorParams,
        response: { 200: SuccessorGap, ...readProblems },
      },
    },
    async (request) =>
      getSuccessorGap(deps, signedIn(request.actor), request.params.positionId, request.params.successorId),
  );

  routes.get(
    '/api/bench-strength',
    {
      schema: {
        tags,
        summary: 'The organization’s bench: positions with a ready-now successor, those without, and the trend',
        response: { 200: BenchStrength, ...readProblems },
      },
    },
    async (request) => getBenchStrength(deps, signedIn(request.actor)),
  );

  routes.get(
    '/api/nine-box',
    {
      schema: {
        tags,
        summary: 'The nine-box grid of performance and potential, with the latest moves',
        querystring: NineBoxQuery,
        response: { 200: NineBox, ...readProblems },
      },
    },
    async (request) => getNineBox(deps, signedIn(request.actor), request.query),
  );

  routes.put(
    '/api/nine-box/:personId',
    {
      schema: {
        tags,
        summary: 'Move a person on the nine-box (audited with the reason)',
        params: NineBoxPersonParams,
        body: NineBoxMove,
        response: { 200: NineBox, ...writeProblems },
      },
    },
    async (request) =>
      moveOnNineBox(deps, requestContext(request), signedIn(request.actor), request.params.personId, request.body),
  );
}
