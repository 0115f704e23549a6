import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ColleagueList,
  ColleagueQuery,
  Feedback,
  FeedbackCreate,
  FeedbackIdParams,
  FeedbackPage,
  FeedbackPersonParams,
  FeedbackPrompt,
  FeedbackPromptAnswer,
  FeedbackPromptState,
  FeedbackQuery,
  FeedbackRequest,
  FeedbackRequestCreate,
  FeedbackRequestPage,
  FeedbackRequestQuery,
  FeedbackSessionParams,
  FeedbackSharing,
  Kudos,
  KudosCreate,
  KudosPage,
  KudosQuery,
  SharedFeedbackPage,
  SharedFeedbackQuery,
  TeamKudosQuery,
} from '../../../contract/ongoing-feedback.js';
import { Problem } from '../../../contract/problem.js';
import { authorize } from '../../http/policy.js';
import { requestContext } from '../../http/request-context.js';
import {
  answerFeedbackPrompt,
  askFeedbackPrompt,
  askForFeedback,
  declineFeedbackRequest,
  getFeedbackPrompt,
  giveFeedback,
  giveKudos,
  listColleagues,
  listFeedbackRequests,
  listMyFeedback,
  listMyKudos,
  listSharedFeedback,
  listTeamKudos,
  setFeedbackSharing,
  type OngoingFeedbackDeps,
} from './ongoing-feedback.service.js';

const readProblems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const writeProblems = { ...readProblems, 409: Problem };

export function registerOngoingFeedbackRoutes(app: FastifyInstance, deps: OngoingFeedbackDeps): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['ongoing feedback'];
  const signedIn = (actor: Parameters<typeof authorize>[0]) => authorize(actor, 'me.read');

  routes.get(
    '/api/colleagues',
    {
      schema: {
        tags,
        summary: 'People of your organization you may ask for feedback, give feedback or kudos to (at most 20)',
        querystring: ColleagueQuery,
        response: { 200: ColleagueList, ...readProblems },
      },
    },
    async (request) => listColleagues(deps, signedIn(request.actor), request.query.search),
  );

  routes.post(
    '/api/feedback-requests',
    {
      schema: {
        tags,
        summary: 'Ask a colleague for feedback on a competency; they are told in the app',
        body: FeedbackRequestCreate,
        response: { 201: FeedbackRequest, ...writeProblems },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await askForFeedback(deps, requestContext(request), signedIn(request.actor), request.body)),
  );

  routes.get(
    '/api/feedback-requests',
    {
      schema: {
        tags,
        summary: 'Requests asked of you (`received`) or by you (`sent`), newest first',
        querystring: FeedbackRequestQuery,
        response: { 200: FeedbackRequestPage, ...readProblems },
      },
    },
    async (request) => listFeedbackRequests(deps, signedIn(request.actor), request.query),
  );

  routes.post(
    '/api/feedback-requests/:id/decline',
    {
      schema: {
        tags,
        summary: 'Decline a request asked of you, while it is open; the asker is told',
        params: FeedbackIdParams,
        response: { 200: FeedbackRequest, ...writeProblems },
      },
    },
    async (request) =>
      declineFeedbackRequest(deps, requestContext(request), signedIn(request.actor), request.params.id),
  );

  routes.post(
    '/api/feedback',
    {
      schema: {
        tags,
        summary: 'Give a colleague feedback on a competency, unasked or answering their request',
        body: FeedbackCreate,
        response: { 201: Feedback, ...writeProblems },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await giveFeedback(deps, requestContext(request), signedIn(request.actor), request.body)),
  );

  routes.get(
    '/api/feedback',
    {
      schema: {
        tags,
        summary: 'Feedback about you (`received`) or written by you (`given`), newest first',
        querystring: FeedbackQuery,
        response: { 200: FeedbackPage, ...readProblems },
      },
    },
    async (request) => listMyFeedback(deps, signedIn(request.actor), request.query),
  );

  routes.put(
    '/api/feedback/:id/sharing',
    {
      schema: {
        tags,
        summary: 'Share a piece of feedback about you with your current coaches and mentors, or stop sharing it',
        params: FeedbackIdParams,
        body: FeedbackSharing,
        response: { 200: Feedback, ...writeProblems },
      },
    },
    async (request) =>
      setFeedbackSharing(deps, requestContext(request), signedIn(request.actor), request.params.id, request.body),
  );

  routes.get(
    '/api/people/:personId/shared-feedback',
    {
      schema: {
        tags,
        summary: 'Feedback a person shared with their coaches and mentors: for them and their current guides only',
        params: FeedbackPersonParams,
        querystring: SharedFeedbackQuery,
        response: { 200: SharedFeedbackPage, ...readProblems },
      },
    },
    async (request) => listSharedFeedback(deps, signedIn(request.actor), request.params.personId, request.query),
  );

  routes.post(
    '/api/kudos',
    {
      schema: {
        tags,
        summary: 'Send a colleague kudos, shown to their team too if you choose',
        body: KudosCreate,
        response: { 201: Kudos, ...writeProblems },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await giveKudos(deps, requestContext(request), signedIn(request.actor), request.body)),
  );

  routes.get(
    '/api/kudos',
    {
      schema: {
        tags,
        summary: 'Kudos you received or gave, newest first',
        querystring: KudosQuery,
        response: { 200: KudosPage, ...readProblems },
      },
    },
    async (request) => listMyKudos(deps, signedIn(request.actor), request.query),
  );

  routes.get(
    '/api/team-kudos',
    {
      schema: {
        tags,
        summary: "Your team's kudos: your manager's, your peers' and your direct reports', where the giver chose so",
        querystring: TeamKudosQuery,
        response: { 200: KudosPage, ...readProblems },
      },
    },
    async (request) => listTeamKudos(deps, signedIn(request.actor), request.query),
  );

  routes.post(
    '/api/sessions/:sessionId/feedback-prompt',
    {
      schema: {
        tags,
        summary: 'The coach or mentor asks the participant which feedback they sought or gave this week',
        params: FeedbackSessionParams,
        response: { 201: FeedbackPrompt, ...writeProblems },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await askFeedbackPrompt(deps, requestContext(request), signedIn(request.actor), request.params.sessionId),
        ),
  );

  routes.get(
    '/api/sessions/:sessionId/feedback-prompt',
    {
      schema: {
        tags,
        summary:
          "The session's feedback prompt with the participant's counts of the week, or null: the two people only",
        params: FeedbackSessionParams,
        response: { 200: FeedbackPromptState, ...readProblems },
      },
    },
    async (request) => getFeedbackPrompt(deps, signedIn(request.actor), request.params.sessionId),
  );

  routes.put(
    '/api/sessions/:sessionId/feedback-prompt',
    {
      schema: {
        tags,
        summary: "The participant's answer to the session's feedback prompt",
        params: FeedbackSessionParams,
        body: FeedbackPromptAnswer,
        response: { 200: FeedbackPrompt, ...writeProblems },
      },
    },
    async (request) =>
      answerFeedbackPrompt(
        deps,
        requestContext(request),
        signedIn(request.actor),
        request.params.sessionId,
        request.body,
      ),
  );
}
