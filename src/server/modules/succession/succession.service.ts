// Promotion readiness: an admin records where a person stands; every change is kept.
import type { ReadinessAssessment, ReadinessAssessmentCreate } from '../../../contract/outcomes.js';
import { latestToday } from '../../../domain/engagements/index.js';
import type { Database } from '../../db/client.js';
import type { Clock, RequestContext } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { authorize, type Actor } from '../../http/policy.js';
import { recordAuditEvent } from '../audit/index.js';
import { findPerson, insertReadiness, listReadiness } from './succession.repo.js';

export type SuccessionDeps = { db: Database; clock: Clock };

const personNotFound = () => new AppError('NOT_FOUND', { message: 'Person not found.' });

function toAssessment(row: Awaited<ReturnType<typeof listReadiness>>[number]): ReadinessAssessment {
  const { assessment } = row;
  return {
    id: assessment.id,
    personId: assessment.personId,
    readiness: assessment.readiness,
    assessedOn: assessment.assessedOn,
    assessor:
      assessment.assessorPersonId === null || row.assessorName === null
        ? null
        : { id: assessment.assessorPersonId, name: row.assessorName },
    note: assessment.note,
    createdAt: assessment.createdAt.toISOString(),
  };
}

export async function getReadinessHistory(deps: SuccessionDeps, actor: Actor, personId: string) {
  authorize(actor, 'readiness.manage');
  if (!(await findPerson(deps.db, actor.orgId, personId))) throw personNotFound();
  return { items: (await listReadiness(deps.db, actor.orgId, personId)).map(toAssessment) };
}

/** Records a readiness assessment, assessed by the admin's own person (when linked), audited. */
export async function recordReadiness(
  deps: SuccessionDeps,
  context: RequestContext,
  actor: Actor,
  personId: string,
  input: ReadinessAssessmentCreate,
): Promise<ReadinessAssessment> {
  authorize(actor, 'readiness.manage');
  const person = await findPerson(deps.db, actor.orgId, personId);
  if (!person) throw personNotFound();
  if (person.erasedAt !== null) throw new AppError('CONFLICT', { message: 'This person was erased.' });
  if (input.assessedOn > latestToday(deps.clock.now())) {
    throw new AppError('INVALID', { message: 'must not be in the future', field: 'body.assessedOn' });
  }
  const id = await deps.db.transaction(async (tx) => {
    const row = await insertReadiness(tx, {
      orgId: actor.orgId,
      personId,
      readiness: input.readiness,
      assessedOn: input.assessedOn,
      assessorPersonId: actor.personId,
      note: input.note ?? '',
      createdAt: deps.clock.now(),
    });
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'readiness.assessed',
      targetType: 'person',
      targetId: personId,
      details: { readiness: input.readiness, assessedOn: input.assessedOn },
    });
    return row.id;
  });
  const saved = (await listReadiness(deps.db, actor.orgId, personId)).find((row) => row.assessment.id === id)!;
  return toAssessment(saved);
}
