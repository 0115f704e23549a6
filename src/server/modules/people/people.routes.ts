import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ImportQuery,
  ImportResult,
  MarkAsLeft,
  PeoplePage,
  PeopleQuery,
  Person,
  PersonUpdate,
  ReportingChain,
} from '../../../contract/people.js';
import { Problem } from '../../../contract/problem.js';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { authorize } from '../../http/policy.js';
import { requestContext } from '../../http/request-context.js';
import { importPeople } from './people.import.js';
import {
  exportPeopleCsv,
  getPerson,
  getReportingChain,
  listPeoplePage,
  markPersonAsLeft,
  updatePerson,
} from './people.service.js';

const maxImportBytes = 256 * 1024 * 1024;
const PersonParams = z.object({ id: z.uuid() });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

/** Streams the upload to a temporary file, refusing it past `maxImportBytes`. */
async function saveUpload(body: unknown): Promise<string> {
  if (!(body instanceof Readable)) {
    throw new AppError('INVALID', {
      message: 'Send the CSV file as the request body, with content-type text/csv.',
      field: 'headers.content-type',
    });
  }
  const filePath = path.join(tmpdir(), `tandem-import-${randomUUID()}.csv`);
  let bytes = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > maxImportBytes) {
        done(
          new AppError('TOO_LARGE', {
            message: `The file is larger than ${maxImportBytes / 1024 / 1024} MiB.`,
            field: 'body',
          }),
        );
      } else {
        done(null, chunk);
      }
    },
  });
  try {
    await pipeline(body, limit, createWriteStream(filePath));
  } catch (error) {
    await rm(filePath, { force: true });
    throw error;
  }
  return filePath;
}

export function registerPeopleRoutes(app: FastifyInstance, deps: { db: Database; clock: Clock }): void {
  // The import reads the CSV as a stream; nothing buffers the whole file.
  app.addContentTypeParser('text/csv', (_request, payload, done) => done(null, payload));
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '/api/people',
    {
      schema: {
        tags: ['people'],
        summary: 'Search, filter, sort and page through the people directory',
        querystring: PeopleQuery,
        response: { 200: PeoplePage, ...errors },
      },
    },
    async (request) => listPeoplePage(deps.db, authorize(request.actor, 'people.read'), request.query),
  );

  routes.post(
    '/api/people/import',
    {
      schema: {
        tags: ['people'],
        summary: 'Validate or commit a CSV file of people (text/csv body); commit is all-or-nothing',
        querystring: ImportQuery,
        response: { 200: ImportResult, ...errors, 413: Problem, 415: Problem },
      },
    },
    async (request) => {
      const actor = authorize(request.actor, 'people.import');
      const filePath = await saveUpload(request.body);
      try {
        return await importPeople(deps, actor, requestContext(request), { mode: request.query.mode, filePath });
      } finally {
        await rm(filePath, { force: true });
      }
    },
  );

  // Typed loosely: the answer is a CSV stream, not a JSON body the contract describes.
  app.get(
    '/api/people/export',
    {
      schema: {
        tags: ['people'],
        summary: 'The directory as CSV (text/csv), in the columns the import reads',
        response: errors,
      },
    },
    async (request, reply) => {
      const actor = authorize(request.actor, 'people.export');
      reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="people.csv"');
      return reply.send(Readable.from(exportPeopleCsv(deps, actor, requestContext(request))));
    },
  );

  routes.get(
    '/api/people/:id',
    {
      schema: { tags: ['people'], summary: 'One person', params: PersonParams, response: { 200: Person, ...errors } },
    },
    async (request) => getPerson(deps.db, authorize(request.actor, 'people.read'), request.params.id),
  );

  routes.patch(
    '/api/people/:id',
    {
      schema: {
        tags: ['people'],
        summary: 'Change some fields of a person',
        params: PersonParams,
        body: PersonUpdate,
        response: { 200: Person, ...errors },
      },
    },
    async (request) =>
      updatePerson(
        deps,
        authorize(request.actor, 'people.update'),
        requestContext(request),
        request.params.id,
        request.body,
      ),
  );

  routes.post(
    '/api/people/:id/leave',
    {
      schema: {
        tags: ['people'],
        summary: 'Mark a person as having left the organization',
        params: PersonParams,
        body: MarkAsLeft,
        response: { 200: Person, ...errors },
      },
    },
    async (request) =>
      markPersonAsLeft(
        deps,
        authorize(request.actor, 'people.update'),
        requestContext(request),
        request.params.id,
        request.body.exitDate,
      ),
  );

  routes.get(
    '/api/people/:id/reporting-chain',
    {
      schema: {
        tags: ['people'],
        summary: "A person's managers, nearest first, up to the top",
        params: PersonParams,
        response: { 200: ReportingChain, ...errors },
      },
    },
    async (request) => getReportingChain(deps.db, authorize(request.actor, 'people.read'), request.params.id),
  );
}
