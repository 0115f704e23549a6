import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  FeedbackCandidates,
  FeedbackCandidatesQuery,
  FeedbackCycle,
  FeedbackCycleCreate,
  FeedbackCyclePage,
  FeedbackCycleParams,
  FeedbackCycleQuery,
  FeedbackReport,
  InstrumentDocument,
  InstrumentList,
  InstrumentParams,
  InstrumentSummary,
  NominationsUpdate,
  ProgramFeedbackParams,
  RaterAnswersUpdate,
  RaterForm,
  RaterParams,
  ReturnNominations,
  SelfRatingLink,
} from '../../../contract/assessments.js';
import { Problem } from '../../../contract/problem.js';
import { authorize } from '../../http/policy.js';
import { requestContext } from '../../http/request-context.js';
import {
  approveNominations,
  closeFeedbackCycle,
  createFeedbackCycle,
  getFeedbackCycle,
  getFeedbackReport,
  issueSelfRatingLink,
  listCandidates,
  listFeedbackCycles,
  returnNominations,
  setNominations,
  submitNominations,
  type FeedbackDeps,
} from './assessments.cycles.js';
import { getInstrumentDocument, importInstrument, listInstruments } from './assessments.instruments.js';
import { getRaterForm, saveRaterAnswers } from './assessments.raters.js';

const readProblems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const writeProblems = { ...readProblems, 409: Problem };

/** The rater's link: `/api/rater/<token>`; no session cookie, the token is the credential. */
export const raterPathPrefix = '/api/rater/';
const raterRoute = `${raterPathPrefix}:token`;

export function registerAssessmentRoutes(app: FastifyInstance, deps: FeedbackDeps): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const instrumentTags = ['instruments'];
  const tags = ['360 feedback'];
  const signedIn = (actor: Parameters<typeof authorize>[0]) => authorize(actor, 'me.read');

  routes.get(
    '/api/instruments',
    {
      schema: {
        tags: instrumentTags,
        summary: 'The instruments: shipped with Tandem and imported',
        response: { 200: InstrumentList, ...readProblems },
      },
    },
    async (request) => listInstruments(deps, signedIn(request.actor)),
  );

  routes.get(
    '/api/instruments/:key/:version',
    {
      schema: {
        tags: instrumentTags,
        summary: 'One instrument version as JSON (its export)',
        params: InstrumentParams,
        response: { 200: InstrumentDocument, ...readProblems },
      },
    },
    async (request) => getInstrumentDocument(deps, signedIn(request.actor), request.params.key, request.params.version),
  );

  routes.post(
    '/api/instruments',
    {
      schema: {
        tags: instrumentTags,
        summary: 'Import an instrument the organization holds the rights to (a new key, or a new version)',
        body: z.unknown(),
        response: { 201: InstrumentSummary, ...writeProblems },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await importInstrument(deps, requestContext(request), signedIn(request.actor), request.body)),
  );

  routes.post(
    '/api/programs/:programId/feedback-cycles',
    {
      schema: {
        tags,
        summary: 'Start a 360 for a participant of the program, in its pre, mid or post phase',
        params: ProgramFeedbackParams,
        body: FeedbackCycleCreate,
        response: { 201: FeedbackCycle, ...writeProblems },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await createFeedbackCycle(
            deps,
            requestContext(request),
            signedIn(request.actor),
            request.params.programId,
            request.body,
          ),
        ),
  );

  routes.get(
    '/api/feedback-cycles',
    {
      schema: {
        tags,
        summary: 'The 360 cycles you take part in or approve (every one, as metadata, for an admin)',
        querystring: FeedbackCycleQuery,
        response: { 200: FeedbackCyclePage, ...readProblems },
      },
    },
    async (request) => listFeedbackCycles(deps, signedIn(request.actor), request.query),
  );

  routes.get(
    '/api/feedback-cycles/:id',
    {
      schema: {
        tags,
        summary: 'One 360 cycle: status, nominees (participant and approver), counts per group',
        params: FeedbackCycleParams,
        response: { 200: FeedbackCycle, ...readProblems },
      },
    },
    async (request) => getFeedbackCycle(deps, signedIn(request.actor), request.params.id),
  );

  routes.get(
    '/api/feedback-cycles/:id/candidates',
    {
      schema: {
        tags,
        summary: 'People the participant may nominate, with the group their reporting lines suggest',
        params: FeedbackCycleParams,
        querystring: FeedbackCandidatesQuery,
        response: { 200: FeedbackCandidates, ...readProblems },
      },
    },
    async (request) => listCandidates(deps, signedIn(request.actor), request.params.id, request.query.search),
  );

  routes.put(
    '/api/feedback-cycles/:id/nominations',
    {
      schema: {
        tags,
        summary: 'Set the raters (by group) before the list goes to your manager',
        params: FeedbackCycleParams,
        body: NominationsUpdate,
        response: { 200: FeedbackCycle, ...writeProblems },
      },
    },
    async (request) =>
      setNominations(deps, requestContext(request), signedIn(request.actor), request.params.id, request.body.raters),
  );

  const transition = (path: string, summary: string, run: typeof submitNominations) =>
    routes.post(
      `/api/feedback-cycles/:id/${path}`,
      { schema: { tags, summary, params: FeedbackCycleParams, response: { 200: FeedbackCycle, ...writeProblems } } },
      async (request) => run(deps, requestContext(request), signedIn(request.actor), request.params.id),
    );
  transition('submit', 'Send the rater list to your manager for approval', submitNominations);
  transition(
    'approve',
    'Approve the rater list: every rater, the participant too, gets a personal link',
    approveNominations,
  );
  transition('close', 'Close the cycle: answers stop, the report is ready', closeFeedbackCycle);

  routes.post(
    '/api/feedback-cycles/:id/self-rating',
    {
      schema: {
        tags,
        summary: 'A fresh link to your own rating while the cycle collects answers (the mailed link stops working)',
        params: FeedbackCycleParams,
        response: { 200: SelfRatingLink, ...writeProblems },
      },
    },
    async (request) => issueSelfRatingLink(deps, signedIn(request.actor), request.params.id),
  );

  routes.post(
    '/api/feedback-cycles/:id/return',
    {
      schema: {
        tags,
        summary: 'Send the rater list back to the participant with a note',
        params: FeedbackCycleParams,
        body: ReturnNominations,
        response: { 200: FeedbackCycle, ...writeProblems },
      },
    },
    async (request) =>
      returnNominations(deps, requestContext(request), signedIn(request.actor), request.params.id, request.body.note),
  );

  routes.get(
    '/api/feedback-cycles/:id/report',
    {
      schema: {
        tags,
        summary: 'The participant’s report: only the groups the anonymity rules let through',
        params: FeedbackCycleParams,
        response: { 200: FeedbackReport, ...writeProblems },
      },
    },
    async (request) => getFeedbackReport(deps, requestContext(request), signedIn(request.actor), request.params.id),
  );

  routes.get(
    raterRoute,
    {
      schema: {
        tags,
        summary: 'A rater’s form through their personal link (no sign-in)',
        params: RaterParams,
        response: { 200: RaterForm, 400: Problem, 404: Problem },
      },
    },
    async (request) => getRaterForm(deps, request.params.token),
  );

  routes.put(
    raterRoute,
    {
      schema: {
        tags,
        summary: 'Save a rater’s answers (and submit them); changeable until the cycle closes',
        params: RaterParams,
        body: RaterAnswersUpdate,
        response: { 200: RaterForm, 400: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request) => saveRaterAnswers(deps, request.params.token, request.body),
  );
}
