import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Problem } from '../../../contract/problem.js';
import {
  Program,
  ProgramCreate,
  ProgramEnrollment,
  ProgramEnrollmentCreate,
  ProgramEnrollmentPage,
  ProgramEnrollmentParams,
  ProgramEnrollmentQuery,
  ProgramListQuery,
  ProgramPage,
  ProgramParams,
  ProgramTransitionRequest,
  ProgramUpdate,
} from '../../../contract/programs.js';
import { authorize } from '../../http/policy.js';
import { requestContext } from '../../http/request-context.js';
import {
  createProgram,
  enrollPerson,
  getProgram,
  listEnrollments,
  listPrograms,
  removeEnrollment,
  transitionProgram,
  updateProgram,
  type ProgramDeps,
} from './programs.service.js';

const readProblems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const writeProblems = { ...readProblems, 409: Problem };

export function registerProgramRoutes(app: FastifyInstance, deps: ProgramDeps): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.post(
    '/api/programs',
    {
      schema: {
        tags: ['programs'],
        summary: 'Design a new program; it starts as a draft',
        body: ProgramCreate,
        response: { 201: Program, ...writeProblems },
      },
    },
    async (request, reply) => {
      const actor = authorize(request.actor, 'program.create');
      const program = await createProgram(deps, requestContext(request), actor, request.body);
      return reply.code(201).send(program);
    },
  );

  routes.get(
    '/api/programs',
    {
      schema: {
        tags: ['programs'],
        summary: 'The organization’s programs, newest first, a page at a time',
        querystring: ProgramListQuery,
        response: { 200: ProgramPage, ...readProblems },
      },
    },
    async (request) => listPrograms(deps.db, authorize(request.actor, 'program.read'), request.query),
  );

  routes.get(
    '/api/programs/:id',
    {
      schema: {
        tags: ['programs'],
        summary: 'One program: its design, status and enrollment counts',
        params: ProgramParams,
        response: { 200: Program, ...readProblems },
      },
    },
    async (request) => getProgram(deps.db, authorize(request.actor, 'program.read'), request.params.id),
  );

  routes.patch(
    '/api/programs/:id',
    {
      schema: {
        tags: ['programs'],
        summary: 'Change the design of a program in draft or enrolling',
        params: ProgramParams,
        body: ProgramUpdate,
        response: { 200: Program, ...writeProblems },
      },
    },
    async (request) => {
      const actor = authorize(request.actor, 'program.update');
      return updateProgram(deps, requestContext(request), actor, request.params.id, request.body);
    },
  );

  routes.post(
    '/api/programs/:id/transition',
    {
      schema: {
        tags: ['programs'],
        summary: 'Move a program along draft → enrolling → matching → running → closed',
        params: ProgramParams,
        body: ProgramTransitionRequest,
        response: { 200: Program, ...writeProblems },
      },
    },
    async (request) => {
      const actor = authorize(request.actor, 'program.update');
      return transitionProgram(deps, requestContext(request), actor, request.params.id, request.body.to);
    },
  );

  routes.get(
    '/api/programs/:id/enrollments',
    {
      schema: {
        tags: ['programs'],
        summary: 'The people enrolled in a program, by name, a page at a time',
        params: ProgramParams,
        querystring: ProgramEnrollmentQuery,
        response: { 200: ProgramEnrollmentPage, ...readProblems },
      },
    },
    async (request) =>
      listEnrollments(deps.db, authorize(request.actor, 'program.read'), request.params.id, request.query),
  );

  routes.post(
    '/api/programs/:id/enrollments',
    {
      schema: {
        tags: ['programs'],
        summary: 'Enroll a person as participant, mentor or coach',
        params: ProgramParams,
        body: ProgramEnrollmentCreate,
        response: { 201: ProgramEnrollment, ...writeProblems },
      },
    },
    async (request, reply) => {
      const actor = authorize(request.actor, 'program.enroll');
      const enrollment = await enrollPerson(deps, requestContext(request), actor, request.params.id, request.body);
      return reply.code(201).send(enrollment);
    },
  );

  routes.delete(
    '/api/programs/:id/enrollments/:enrollmentId',
    {
      schema: {
        tags: ['programs'],
        summary: 'Remove a person from a program in draft or enrolling',
        params: ProgramEnrollmentParams,
        response: { 204: z.null(), ...writeProblems },
      },
    },
    async (request, reply) => {
      const actor = authorize(request.actor, 'program.enroll');
      await removeEnrollment(deps, requestContext(request), actor, request.params.id, request.params.enrollmentId);
      return reply.code(204).send(null);
    },
  );
}
