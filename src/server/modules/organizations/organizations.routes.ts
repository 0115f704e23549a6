import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { OrganizationSettings } from '../../../contract/privacy.js';
import { Problem } from '../../../contract/problem.js';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../deps.js';
import { authorize } from '../../http/policy.js';
import { requestContext } from '../../http/request-context.js';
import { changeOrganizationSettings, getOrganizationSettings } from './organizations.service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

export function registerOrganizationRoutes(app: FastifyInstance, deps: { db: Database; clock: Clock }): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '/api/organization/settings',
    {
      schema: {
        tags: ['organization'],
        summary: "Your organization's settings (admins)",
        response: { 200: OrganizationSettings, ...errors },
      },
    },
    async (request) => getOrganizationSettings(deps.db, authorize(request.actor, 'organization.settings.read')),
  );

  routes.put(
    '/api/organization/settings',
    {
      schema: {
        tags: ['organization'],
        summary: 'Change the settings: sessionNoteRetentionDays 30–3650, or null to keep session notes',
        body: OrganizationSettings,
        response: { 200: OrganizationSettings, ...errors },
      },
    },
    async (request) =>
      changeOrganizationSettings(
        deps,
        authorize(request.actor, 'organization.settings.manage'),
        requestContext(request),
        request.body,
      ),
  );
}
