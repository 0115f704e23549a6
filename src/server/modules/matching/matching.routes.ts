import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  MatchingProposalCreate,
  MatchingProposalParams,
  MatchingProposalUpdate,
  MatchingPublication,
  MatchingRun,
  MatchingRunCreate,
  MatchingRunList,
  MatchingRunParams,
  MatchingSettings,
  MatchingSettingsInput,
  MatchingSwap,
  MatchRequest,
  MatchRequestCreate,
  MatchRequestDecline,
  MatchRequestList,
  MatchRequestParams,
  ProgramMatchPage,
  ProgramMatchQuery,
  SelfServiceOverview,
} from '../../../contract/matching.js';
import { Problem } from '../../../contract/problem.js';
import { ProgramParams } from '../../../contract/programs.js';
import { authorize } from '../../http/policy.js';
import { requestContext } from '../../http/request-context.js';
import {
  addProposal,
  createRun,
  getMatchingRun,
  getMatchingSettings,
  listMatches,
  listMatchingRuns,
  publishRun,
  removeProposal,
  rerunMatching,
  setProposalLock,
  swapProposals,
  updateMatchingSettings,
  type MatchingDeps,
} from './matching.runs.js';
import {
  acceptRequest,
  cancelRequest,
  declineRequest,
  getSelfService,
  listIncomingRequests,
  listSentRequests,
  requestMentor,
} from './matching.self-service.js';

const readProblems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const writeProblems = { ...readProblems, 409: Problem };
const tags = ['matching'];

export function registerMatchingRoutes(app: FastifyInstance, deps: MatchingDeps): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const runPath = '/api/programs/:id/matching-runs/:runId';

  routes.get(
    '/api/programs/:id/matching-settings',
    {
      schema: {
        tags,
        summary: 'The program’s matching settings, defaults filled in',
        params: ProgramParams,
        response: { 200: MatchingSettings, ...readProblems },
      },
    },
    async (request) => getMatchingSettings(deps.db, authorize(request.actor, 'matching.manage'), request.params.id),
  );

  routes.put(
    '/api/programs/:id/matching-settings',
    {
      schema: {
        tags,
        summary: 'Replace the program’s matching settings; fields left out take their defaults',
        params: ProgramParams,
        body: MatchingSettingsInput,
        response: { 200: MatchingSettings, ...writeProblems },
      },
    },
    async (request) =>
      updateMatchingSettings(
        deps,
        requestContext(request),
        authorize(request.actor, 'matching.manage'),
        request.params.id,
        request.body,
      ),
  );

  routes.post(
    '/api/programs/:id/matching-runs',
    {
      schema: {
        tags,
        summary: 'Run matching: score every allowed pair and propose the optimal assignment on a new board',
        params: ProgramParams,
        body: MatchingRunCreate,
        response: { 201: MatchingRun, ...writeProblems },
      },
    },
    async (request, reply) => {
      const actor = authorize(request.actor, 'matching.manage');
      const run = await createRun(deps, requestContext(request), actor, request.params.id, request.body);
      return reply.code(201).send(run);
    },
  );

  routes.get(
    '/api/programs/:id/matching-runs',
    {
      schema: {
        tags,
        summary: 'The program’s matching runs, newest first',
        params: ProgramParams,
        response: { 200: MatchingRunList, ...readProblems },
      },
    },
    async (request) => listMatchingRuns(deps.db, authorize(request.actor, 'matching.manage'), request.params.id),
  );

  routes.get(
    runPath,
    {
      schema: {
        tags,
        summary: 'One run’s board: proposals with scores, reasons and warnings, the unmatched, loads and fairness',
        params: MatchingRunParams,
        response: { 200: MatchingRun, ...readProblems },
      },
    },
    async (request) =>
      getMatchingRun(deps.db, authorize(request.actor, 'matching.manage'), request.params.id, request.params.runId),
  );

  routes.patch(
    `${runPath}/proposals/:proposalId`,
    {
      schema: {
        tags,
        summary: 'Lock or unlock a pair (locked pairs stay when the rest is re-run)',
        params: MatchingProposalParams,
        body: MatchingProposalUpdate,
        response: { 200: MatchingRun, ...writeProblems },
      },
    },
    async (request) =>
      setProposalLock(
        deps,
        requestContext(request),
        authorize(request.actor, 'matching.manage'),
        { programId: request.params.id, runId: request.params.runId, proposalId: request.params.proposalId },
        request.body.isLocked,
      ),
  );

  routes.delete(
    `${runPath}/proposals/:proposalId`,
    {
      schema: {
        tags,
        summary: 'Take a pair off the board',
        params: MatchingProposalParams,
        response: { 200: MatchingRun, ...writeProblems },
      },
    },
    async (request) =>
      removeProposal(deps, requestContext(request), authorize(request.actor, 'matching.manage'), {
        programId: request.params.id,
        runId: request.params.runId,
        proposalId: request.params.proposalId,
      }),
  );

  routes.post(
    `${runPath}/proposals`,
    {
      schema: {
        tags,
        summary: 'Place an unmatched participant with a mentor or coach who has a place left (locked)',
        params: MatchingRunParams,
        body: MatchingProposalCreate,
        response: { 200: MatchingRun, ...writeProblems },
      },
    },
    async (request) =>
      addProposal(
        deps,
        requestContext(request),
        authorize(request.actor, 'matching.manage'),
        { programId: request.params.id, runId: request.params.runId },
        request.body,
      ),
  );

  routes.post(
    `${runPath}/swap`,
    {
      schema: {
        tags,
        summary: 'Exchange the mentors or coaches of two pairs (both locked)',
        params: MatchingRunParams,
        body: MatchingSwap,
        response: { 200: MatchingRun, ...writeProblems },
      },
    },
    async (request) =>
      swapProposals(
        deps,
        requestContext(request),
        authorize(request.actor, 'matching.manage'),
        { programId: request.params.id, runId: request.params.runId },
        request.body.proposalIds,
      ),
  );

  routes.post(
    `${runPath}/rerun`,
    {
      schema: {
        tags,
        summary: 'Solve again around the locked pairs, with the current settings and people',
        params: MatchingRunParams,
        response: { 200: MatchingRun, ...writeProblems },
      },
    },
    async (request) =>
      rerunMatching(deps, requestContext(request), authorize(request.actor, 'matching.manage'), {
        programId: request.params.id,
        runId: request.params.runId,
      }),
  );

  routes.post(
    `${runPath}/publish`,
    {
      schema: {
        tags,
        summary: 'Publish the board: each pair becomes a mentoring relationship or coaching engagement',
        params: MatchingRunParams,
        response: { 200: MatchingPublication, ...writeProblems },
      },
    },
    async (request) =>
      publishRun(deps, requestContext(request), authorize(request.actor, 'matching.manage'), {
        programId: request.params.id,
        runId: request.params.runId,
      }),
  );

  routes.get(
    '/api/programs/:id/matches',
    {
      schema: {
        tags,
        summary: 'The program’s mentoring relationships and coaching engagements, newest first',
        params: ProgramParams,
        querystring: ProgramMatchQuery,
        response: { 200: ProgramMatchPage, ...readProblems },
      },
    },
    async (request) =>
      listMatches(deps.db, authorize(request.actor, 'matching.manage'), request.params.id, request.query),
  );

  // Self-service matching.

  routes.get(
    '/api/self-service/matching',
    {
      schema: {
        tags,
        summary:
          'Your self-service mentoring programs: your mentor, your waiting request, or your top five suggestions',
        response: { 200: SelfServiceOverview, 401: Problem },
      },
    },
    async (request) => getSelfService(deps, authorize(request.actor, 'me.read')),
  );

  routes.post(
    '/api/programs/:id/match-requests',
    {
      schema: {
        tags,
        summary: 'Ask one of your suggested mentors to mentor you',
        params: ProgramParams,
        body: MatchRequestCreate,
        response: { 201: MatchRequest, ...writeProblems },
      },
    },
    async (request, reply) => {
      const actor = authorize(request.actor, 'matchRequest.create');
      const created = await requestMentor(deps, requestContext(request), actor, request.params.id, request.body);
      return reply.code(201).send(created);
    },
  );

  routes.get(
    '/api/match-requests/incoming',
    {
      schema: {
        tags,
        summary: 'Requests you received as a mentor, waiting ones first',
        response: { 200: MatchRequestList, 401: Problem },
      },
    },
    async (request) => listIncomingRequests(deps.db, authorize(request.actor, 'me.read')),
  );

  routes.get(
    '/api/match-requests/sent',
    {
      schema: {
        tags,
        summary: 'Requests you sent as a mentee, waiting ones first',
        response: { 200: MatchRequestList, 401: Problem },
      },
    },
    async (request) => listSentRequests(deps.db, authorize(request.actor, 'me.read')),
  );

  routes.post(
    '/api/match-requests/:requestId/accept',
    {
      schema: {
        tags,
        summary: 'Accept a request: the pair becomes a mentoring relationship',
        params: MatchRequestParams,
        response: { 200: MatchRequest, ...writeProblems },
      },
    },
    async (request) =>
      acceptRequest(deps, requestContext(request), authorize(request.actor, 'me.read'), request.params.requestId),
  );

  routes.post(
    '/api/match-requests/:requestId/decline',
    {
      schema: {
        tags,
        summary: 'Decline a request, optionally saying why',
        params: MatchRequestParams,
        body: MatchRequestDecline,
        response: { 200: MatchRequest, ...writeProblems },
      },
    },
    async (request) =>
      declineRequest(
        deps,
        requestContext(request),
        authorize(request.actor, 'me.read'),
        request.params.requestId,
        request.body.reason,
      ),
  );

  routes.post(
    '/api/match-requests/:requestId/cancel',
    {
      schema: {
        tags,
        summary: 'Withdraw your waiting request',
        params: MatchRequestParams,
        response: { 200: MatchRequest, ...writeProblems },
      },
    },
    async (request) =>
      cancelRequest(deps, requestContext(request), authorize(request.actor, 'me.read'), request.params.requestId),
  );
}
