import { and, asc, eq } from 'drizzle-orm';
import type { Competency, NewCompetency } from '../../../contract/competencies.js';
import { defaultCompetencies } from '../../../domain/competencies/index.js';
import type { Database } from '../../db/client.js';
import type { Clock, RequestContext } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import type { Actor } from '../../http/policy.js';
import { recordAuditEvent } from '../audit/index.js';
import { competencies } from './competencies.table.js';

/** The shared vocabulary: the defaults, then what the organization's admins added. */
export async function listCompetencies(db: Database, actor: Actor): Promise<{ items: Competency[] }> {
  const added = await db
    .select()
    .from(competencies)
    .where(eq(competencies.orgId, actor.orgId))
    .orderBy(asc(competencies.label));
  return {
    items: [
      ...defaultCompetencies.map((competency) => ({ ...competency, isDefault: true })),
      ...added.map((row) => ({ key: row.key, label: row.label, description: row.description, isDefault: false })),
    ],
  };
}

export async function addCompetency(
  deps: { db: Database; clock: Clock },
  actor: Actor,
  context: RequestContext,
  input: NewCompetency,
): Promise<Competency> {
  if (defaultCompetencies.some((competency) => competency.key === input.key)) {
    throw new AppError('CONFLICT', { message: `${input.key} is already a default competency.`, field: 'body.key' });
  }
  return deps.db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(competencies)
      .where(and(eq(competencies.orgId, actor.orgId), eq(competencies.key, input.key)));
    if (existing) throw new AppError('CONFLICT', { message: `${input.key} already exists.`, field: 'body.key' });
    await tx.insert(competencies).values({ orgId: actor.orgId, ...input });
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'competency.created',
      targetType: 'competency',
      targetId: input.key,
    });
    return { ...input, isDefault: false };
  });
}
