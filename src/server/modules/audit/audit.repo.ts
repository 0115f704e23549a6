import type { Database } from '../../db/client.js';
import type { Clock, RequestContext } from '../../deps.js';
import { auditEvents } from './audit.table.js';

export type AuditEvent = {
  orgId: string | null;
  actorUserId: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
};

/** Appends one event. Call it inside the transaction of the change it records. */
export async function recordAuditEvent(
  db: Database,
  clock: Clock,
  context: RequestContext,
  event: AuditEvent,
): Promise<void> {
  await db.insert(auditEvents).values({
    orgId: event.orgId,
    actorUserId: event.actorUserId,
    action: event.action,
    targetType: event.targetType ?? null,
    targetId: event.targetId ?? null,
    details: event.details ?? {},
    occurredAt: clock.now(),
    ipAddress: context.ipAddress,
    requestId: context.requestId,
  });
}
