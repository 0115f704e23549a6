import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErasureRequest, ErasureResult, PersonalDataExport } from '../../../contract/privacy.js';
import { Problem } from '../../../contract/problem.js';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../deps.js';
import { authorize } from '../../http/policy.js';
import { requestContext } from '../../http/request-context.js';
import { erasePerson, exportOwnPersonalData, exportPersonalData, type PersonalDataFile } from './privacy.service.js';

const PersonParams = z.object({ id: z.uuid() });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

/** Answers the export as a JSON file to save, not a page to show. */
function asAttachment(reply: FastifyReply, file: PersonalDataFile): PersonalDataExport {
  reply.header('content-disposition', `attachment; filename="${file.fileName}"`);
  reply.header('cache-control', 'no-store');
  return file.data;
}

export function registerPrivacyRoutes(app: FastifyInstance, deps: { db: Database; clock: Clock }): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '/api/people/:id/personal-data',
    {
      schema: {
        tags: ['privacy'],
        summary: 'Everything about a person, as a JSON file (GDPR articles 15 and 20); audited',
        params: PersonParams,
        response: { 200: PersonalDataExport, ...errors },
      },
    },
    async (request, reply) =>
      asAttachment(
        reply,
        await exportPersonalData(
          deps,
          authorize(request.actor, 'personalData.export'),
          requestContext(request),
          request.params.id,
        ),
      ),
  );

  routes.get(
    '/api/me/personal-data',
    {
      schema: {
        tags: ['privacy'],
        summary: 'Everything about you, as a JSON file; 404 when your login is not linked to a person',
        response: { 200: PersonalDataExport, ...errors },
      },
    },
    async (request, reply) =>
      asAttachment(
        reply,
        await exportOwnPersonalData(deps, authorize(request.actor, 'personalData.exportOwn'), requestContext(request)),
      ),
  );

  routes.post(
    '/api/people/:id/erase',
    {
      schema: {
        tags: ['privacy'],
        summary: 'Erase (anonymise) a person on request; confirm with their employee id',
        params: PersonParams,
        body: ErasureRequest,
        response: { 200: ErasureResult, ...errors, 409: Problem },
      },
    },
    async (request) =>
      erasePerson(
        deps,
        authorize(request.actor, 'people.erase'),
        requestContext(request),
        request.params.id,
        request.body,
      ),
  );
}
