import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  CoachingEngagement,
  CoachingEngagementListQuery,
  CoachingEngagementPage,
  CoachingEngagementParams,
  CoachingEngagementTransition,
  CoachingEngagementUpdate,
  CoachingGoalsUpdate,
  CoachingProgress,
  CoachingProgressCheckCreate,
} from '../../../contract/engagements.js';
import { Problem } from '../../../contract/problem.js';
import { authorize } from '../../http/policy.js';
import { requestContext } from '../../http/request-context.js';
import {
  confirmGoals,
  getEngagement,
  listEngagements,
  setGoals,
  transitionEngagement,
  updateEngagementDates,
  type CoachingDeps,
} from './coaching.service.js';
import { getProgress, recordProgressCheck } from './coaching-progress.service.js';

const readProblems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const writeProblems = { ...readProblems, 409: Problem };
const tags = ['engagements'];

// Routes check sign-in; the services load the engagement and ask the policy about that record.
export function registerCoachingRoutes(app: FastifyInstance, deps: CoachingDeps): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '/api/engagements',
    {
      schema: {
        tags,
        summary: 'The coaching engagements you take part in; for admins, every one of the organization (metadata only)',
        querystring: CoachingEngagementListQuery,
        response: { 200: CoachingEngagementPage, 400: Problem, 401: Problem },
      },
    },
    async (request) => listEngagements(deps, authorize(request.actor, 'engagement.list'), request.query),
  );

  routes.get(
    '/api/engagements/:id',
    {
      schema: {
        tags,
        summary: 'One engagement: its people, dates, status, goals and three-way agreement',
        params: CoachingEngagementParams,
        response: { 200: CoachingEngagement, ...readProblems },
      },
    },
    async (request) =>
      getEngagement(deps, requestContext(request), authorize(request.actor, 'engagement.request'), request.params.id),
  );

  routes.put(
    '/api/engagements/:id/goals',
    {
      schema: {
        tags,
        summary: 'Replace the goals (coach or leader); every confirmation is cleared',
        params: CoachingEngagementParams,
        body: CoachingGoalsUpdate,
        response: { 200: CoachingEngagement, ...writeProblems },
      },
    },
    async (request) =>
      setGoals(
        deps,
        requestContext(request),
        authorize(request.actor, 'engagement.request'),
        request.params.id,
        request.body,
      ),
  );

  routes.post(
    '/api/engagements/:id/goals/confirm',
    {
      schema: {
        tags,
        summary: 'Confirm the current goals as your party of the three-way agreement',
        params: CoachingEngagementParams,
        response: { 200: CoachingEngagement, ...writeProblems },
      },
    },
    async (request) =>
      confirmGoals(deps, requestContext(request), authorize(request.actor, 'engagement.request'), request.params.id),
  );

  routes.patch(
    '/api/engagements/:id',
    {
      schema: {
        tags,
        summary: 'Change the dates of a proposed engagement (coach or admin): 6 to 12 months',
        params: CoachingEngagementParams,
        body: CoachingEngagementUpdate,
        response: { 200: CoachingEngagement, ...writeProblems },
      },
    },
    async (request) =>
      updateEngagementDates(
        deps,
        requestContext(request),
        authorize(request.actor, 'engagement.request'),
        request.params.id,
        request.body,
      ),
  );

  routes.post(
    '/api/engagements/:id/transition',
    {
      schema: {
        tags,
        summary: 'Start, pause, resume, complete (with a final summary) or end early (with a reason)',
        params: CoachingEngagementParams,
        body: CoachingEngagementTransition,
        response: { 200: CoachingEngagement, ...writeProblems },
      },
    },
    async (request) =>
      transitionEngagement(
        deps,
        requestContext(request),
        authorize(request.actor, 'engagement.request'),
        request.params.id,
        request.body,
      ),
  );

  routes.get(
    '/api/engagements/:id/progress-checks',
    {
      schema: {
        tags,
        summary: 'Progress checks, newest first, and when the next is due (an admin sees counts and dates)',
        params: CoachingEngagementParams,
        response: { 200: CoachingProgress, ...readProblems },
      },
    },
    async (request) => getProgress(deps, authorize(request.actor, 'engagement.request'), request.params.id),
  );

  routes.post(
    '/api/engagements/:id/progress-checks',
    {
      schema: {
        tags,
        summary: 'The coach rates every current goal 1–5 with evidence',
        params: CoachingEngagementParams,
        body: CoachingProgressCheckCreate,
        response: { 201: CoachingProgress, ...writeProblems },
      },
    },
    async (request, reply) => {
      const progress = await recordProgressCheck(
        deps,
        requestContext(request),
        authorize(request.actor, 'engagement.request'),
        request.params.id,
        request.body,
      );
      return reply.code(201).send(progress);
    },
  );
}
