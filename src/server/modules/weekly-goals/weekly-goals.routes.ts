import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Problem } from '../../../contract/problem.js';
import {
  WeeklyGoal,
  WeeklyGoalCreate,
  WeeklyGoalParams,
  WeeklyGoalPersonParams,
  WeeklyGoalQuery,
  WeeklyGoalUpdate,
  WeeklyGoalWeek,
} from '../../../contract/weekly-goals.js';
import { authorize } from '../../http/policy.js';
import { requestContext } from '../../http/request-context.js';
import {
  addWeeklyGoal,
  changeWeeklyGoal,
  getMyWeek,
  getWeekOf,
  removeWeeklyGoal,
  type WeeklyGoalDeps,
} from './weekly-goals.service.js';

const readProblems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const writeProblems = { ...readProblems, 409: Problem };
const tags = ['weekly goals'];

export function registerWeeklyGoalRoutes(app: FastifyInstance, deps: WeeklyGoalDeps): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '/api/weekly-goals',
    {
      schema: {
        tags,
        summary: 'Your weekly goals for a week (this one by default) and your streak',
        querystring: WeeklyGoalQuery,
        response: { 200: WeeklyGoalWeek, ...readProblems },
      },
    },
    async (request) => getMyWeek(deps, authorize(request.actor, 'me.read'), request.query.week),
  );

  routes.post(
    '/api/weekly-goals',
    {
      schema: {
        tags,
        summary: 'Set a goal for this week (or the next), tied to a development goal and a business result',
        body: WeeklyGoalCreate,
        response: { 201: WeeklyGoal, ...writeProblems },
      },
    },
    async (request, reply) => {
      const goal = await addWeeklyGoal(
        deps,
        requestContext(request),
        authorize(request.actor, 'me.read'),
        request.body,
      );
      return reply.code(201).send(goal);
    },
  );

  routes.patch(
    '/api/weekly-goals/:id',
    {
      schema: {
        tags,
        summary: 'Tick a weekly goal off (or back on), or reword it',
        params: WeeklyGoalParams,
        body: WeeklyGoalUpdate,
        response: { 200: WeeklyGoal, ...writeProblems },
      },
    },
    async (request) =>
      changeWeeklyGoal(
        deps,
        requestContext(request),
        authorize(request.actor, 'me.read'),
        request.params.id,
        request.body,
      ),
  );

  routes.delete(
    '/api/weekly-goals/:id',
    {
      schema: {
        tags,
        summary: 'Remove a weekly goal',
        params: WeeklyGoalParams,
        response: { 204: z.null(), ...writeProblems },
      },
    },
    async (request, reply) => {
      await removeWeeklyGoal(deps, requestContext(request), authorize(request.actor, 'me.read'), request.params.id);
      return reply.code(204).send(null);
    },
  );

  routes.get(
    '/api/people/:personId/weekly-goals',
    {
      schema: {
        tags,
        summary: 'A participant’s weekly goals and streak, for their mentor or coach',
        params: WeeklyGoalPersonParams,
        querystring: WeeklyGoalQuery,
        response: { 200: WeeklyGoalWeek, ...readProblems },
      },
    },
    async (request) =>
      getWeekOf(deps, authorize(request.actor, 'me.read'), request.params.personId, request.query.week),
  );
}
