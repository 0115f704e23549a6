import type { FastifyRequest } from 'fastify';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../deps.js';
import type { Problem } from '../../../contract/problem.js';
import { requestContext } from '../../http/request-context.js';
import { recordAuditEvent } from './audit.repo.js';

/**
 * Records a refused request: who (the signed-in user, if any), what (the route and its ids),
 * when and from where. Written on its own, as the refused request's work was rolled back.
 */
export async function recordDenial(
  deps: { db: Database; clock: Clock },
  request: FastifyRequest,
  problem: Problem,
): Promise<void> {
  const route = request.routeOptions.url ?? request.url.split('?')[0] ?? '';
  await recordAuditEvent(deps.db, deps.clock, requestContext(request), {
    orgId: request.actor?.orgId ?? null,
    actorUserId: request.actor?.userId ?? null,
    action: 'authorization.denied',
    targetType: 'route',
    targetId: `${request.method} ${route}`,
    details: { status: problem.status, reason: problem.detail ?? problem.title, params: request.params ?? {} },
  });
}
