import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Problem } from '../../../contract/problem.js';
import {
  MyTeamPulse,
  PulseAnswers,
  PulseForm,
  PulseLeaderResultPage,
  PulseResultsQuery,
  PulseSurvey,
  PulseSurveyCreate,
  PulseSurveyPage,
  PulseSurveyParams,
  PulseSurveyQuery,
  PulseTokenParams,
} from '../../../contract/team-pulse.js';
import { authorize } from '../../http/policy.js';
import { requestContext } from '../../http/request-context.js';
import { getPulseForm, sendPulseAnswers } from './team-pulse.answers.js';
import {
  closePulseSurvey,
  getMyTeamPulse,
  getPulseSurvey,
  listPulseResults,
  listPulseSurveys,
  openPulseSurvey,
  type TeamPulseDeps,
} from './team-pulse.surveys.js';

const readProblems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const writeProblems = { ...readProblems, 409: Problem };

/** A team member's link: `/api/pulse/<token>`; no session cookie, the token is the credential. */
export const pulsePathPrefix = '/api/pulse/';

export function registerTeamPulseRoutes(app: FastifyInstance, deps: TeamPulseDeps): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['team pulse'];
  const signedIn = (actor: Parameters<typeof authorize>[0]) => authorize(actor, 'me.read');

  routes.post(
    '/api/pulse-surveys',
    {
      schema: {
        tags,
        summary: "Open a quarter's team engagement pulse: every leader's direct reports get a personal link",
        body: PulseSurveyCreate,
        response: { 201: PulseSurvey, ...writeProblems },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await openPulseSurvey(deps, requestContext(request), signedIn(request.actor), request.body)),
  );

  routes.get(
    '/api/pulse-surveys',
    {
      schema: {
        tags,
        summary: 'The quarterly pulse surveys, newest first, with their counts',
        querystring: PulseSurveyQuery,
        response: { 200: PulseSurveyPage, ...readProblems },
      },
    },
    async (request) => listPulseSurveys(deps, signedIn(request.actor), request.query),
  );

  routes.get(
    '/api/pulse-surveys/:id',
    {
      schema: {
        tags,
        summary: 'One pulse survey with its counts',
        params: PulseSurveyParams,
        response: { 200: PulseSurvey, ...readProblems },
      },
    },
    async (request) => getPulseSurvey(deps, signedIn(request.actor), request.params.id),
  );

  routes.get(
    '/api/pulse-surveys/:id/results',
    {
      schema: {
        tags,
        summary: "A survey's leaders: invited, answered, and the score once closed with enough responses",
        params: PulseSurveyParams,
        querystring: PulseResultsQuery,
        response: { 200: PulseLeaderResultPage, ...readProblems },
      },
    },
    async (request) => listPulseResults(deps, signedIn(request.actor), request.params.id, request.query),
  );

  routes.post(
    '/api/pulse-surveys/:id/close',
    {
      schema: {
        tags,
        summary: 'Close a pulse survey before its last day; each leader gets their result',
        params: PulseSurveyParams,
        response: { 200: PulseSurvey, ...writeProblems },
      },
    },
    async (request) => closePulseSurvey(deps, requestContext(request), signedIn(request.actor), request.params.id),
  );

  routes.get(
    '/api/team-pulse',
    {
      schema: {
        tags,
        summary: "Your own team's engagement pulse, quarter by quarter",
        response: { 200: MyTeamPulse, ...readProblems },
      },
    },
    async (request) => getMyTeamPulse(deps, signedIn(request.actor)),
  );

  routes.get(
    `${pulsePathPrefix}:token`,
    {
      schema: {
        tags,
        summary: 'The pulse behind a personal link (no sign-in)',
        params: PulseTokenParams,
        response: { 200: PulseForm, ...readProblems },
      },
    },
    async (request) => getPulseForm(deps, request.params.token),
  );

  routes.post(
    `${pulsePathPrefix}:token`,
    {
      schema: {
        tags,
        summary: 'Send your answers through your personal link, once (no sign-in)',
        params: PulseTokenParams,
        body: PulseAnswers,
        response: { 200: PulseForm, ...writeProblems },
      },
    },
    async (request) => sendPulseAnswers(deps, request.params.token, request.body),
  );
}
