import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Health } from '../../../contract/health.js';
import type { DatabaseConnection } from '../../db/client.js';
import { getHealth } from './health.service.js';

export function registerHealthRoutes(
  app: FastifyInstance,
  deps: { connection: DatabaseConnection; version: string },
): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/health',
    {
      schema: {
        tags: ['health'],
        summary: 'Database reachability, version and migration level (no sign-in needed)',
        response: { 200: Health, 503: Health },
      },
    },
    async (_request, reply) => {
      const health = await getHealth(deps.connection, deps.version);
      return reply.code(health.status === 'ok' ? 200 : 503).send(health);
    },
  );
}
