import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  OutcomeMeasurementCreate,
  OutcomeMeasurementParams,
  ProgramOutcomes,
  ProgramOutcomesParams,
  RoiAssumptions,
} from '../../../contract/outcomes.js';
import { Problem } from '../../../contract/problem.js';
import { authorize } from '../../http/policy.js';
import { requestContext } from '../../http/request-context.js';
import {
  getProgramOutcomes,
  listOutcomePrograms,
  recordMeasurement,
  setRoiAssumptions,
  type OutcomesDeps,
} from './outcomes.service.js';

const readProblems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const writeProblems = { ...readProblems, 409: Problem };
const tags = ['outcomes'];

const OutcomeProgramList = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      type: z.string(),
      status: z.string(),
      startDate: z.string(),
      endDate: z.string(),
      participants: z.number().int(),
    }),
  ),
});
const OutcomeMeasurement = z.object({
  id: z.uuid(),
  leader: z.object({ id: z.uuid(), name: z.string() }),
  measuredOn: z.string(),
  value: z.number(),
});

export function registerOutcomeRoutes(app: FastifyInstance, deps: OutcomesDeps): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const signedIn = (actor: Parameters<typeof authorize>[0]) => authorize(actor, 'me.read');

  routes.get(
    '/api/outcomes',
    {
      schema: {
        tags,
        summary: 'The programs whose outcomes you may see: all for admins, the ones you sponsor',
        response: { 200: OutcomeProgramList, ...readProblems },
      },
    },
    async (request) => listOutcomePrograms(deps, signedIn(request.actor)),
  );

  routes.get(
    '/api/programs/:id/outcomes',
    {
      schema: {
        tags,
        summary: "A program's outcomes: 360 change, team engagement, readiness, retention, business metrics, ROI",
        params: ProgramOutcomesParams,
        response: { 200: ProgramOutcomes, ...readProblems },
      },
    },
    async (request) => getProgramOutcomes(deps, signedIn(request.actor), request.params.id),
  );

  routes.put(
    '/api/programs/:id/roi-assumptions',
    {
      schema: {
        tags,
        summary: 'Set the ROI calculator’s assumptions (Phillips): benefits, attribution, confidence, costs',
        params: ProgramOutcomesParams,
        body: RoiAssumptions,
        response: { 200: ProgramOutcomes.shape.roi, ...writeProblems },
      },
    },
    async (request) =>
      setRoiAssumptions(deps, requestContext(request), signedIn(request.actor), request.params.id, request.body),
  );

  routes.post(
    '/api/programs/:id/outcomes/:outcomeId/measurements',
    {
      schema: {
        tags,
        summary: "Record a program metric for one leader's team",
        params: OutcomeMeasurementParams,
        body: OutcomeMeasurementCreate,
        response: { 201: OutcomeMeasurement, ...writeProblems },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await recordMeasurement(
            deps,
            requestContext(request),
            signedIn(request.actor),
            request.params.id,
            request.params.outcomeId,
            request.body,
          ),
        ),
  );
}
