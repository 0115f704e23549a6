import type {
  Relationship,
  RelationshipAgreementInput,
  RelationshipPage,
  RelationshipTransition,
} from '../../../contract/relationships.js';
import {
  checkMentoringAgreement,
  checkMentoringTransition,
  isChecklistComplete,
  menteeTrainingChecklist,
  mentorTrainingChecklist,
  nextMentoringStatuses,
  offersRematch,
  relationshipHealth,
  type ChecklistItem,
  type MentoringEnding,
} from '../../../domain/engagements/index.js';
import type { Database } from '../../db/client.js';
import type { Clock, RequestContext } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { authorize, type Action, type Actor } from '../../http/policy.js';
import { recordAuditEvent } from '../audit/index.js';
import {
  findRelationship,
  listRelationshipRows,
  lockRelationship,
  updateRelationship,
  type RelationshipChange,
  type RelationshipRow,
  type RelationshipView,
} from './relationships.repo.js';

export type RelationshipDeps = { db: Database; clock: Clock };

type Side = 'mentor' | 'mentee';

const notFound = () => new AppError('NOT_FOUND', { message: 'Relationship not found.' });

function sideOf(actor: Actor, row: RelationshipRow): Side | null {
  if (actor.personId === null) return null;
  if (row.mentorPersonId === actor.personId) return 'mentor';
  if (row.menteePersonId === actor.personId) return 'mentee';
  return null;
}

const policyRecord = (row: RelationshipRow) => ({
  orgId: row.orgId,
  mentorPersonId: row.mentorPersonId,
  menteePersonId: row.menteePersonId,
});

function checklistState(ticked: string[], items: readonly ChecklistItem[]) {
  return {
    items: items.map((item) => ({ key: item.key, label: item.label, isTicked: ticked.includes(item.key) })),
    isComplete: isChecklistComplete(ticked, items),
  };
}

/**
 * The relationship as `actor` may see it, from allow-listed fields: the agreement's text only for
 * the mentor and mentee, never for an admin looking at metadata.
 */
function healthOf(row: RelationshipRow, now: Date): Relationship['health'] {
  if (row.status !== 'active' || row.cadence === null || row.startDate === null) return null;
  const health = relationshipHealth({
    cadence: row.cadence,
    startDate: row.startDate,
    lastMeetingAt: row.lastMeetingAt,
    warnedAt: row.healthWarnedAt,
    now,
  });
  return {
    state: health.state,
    daysSinceMeeting: health.daysSinceMeeting,
    lastMeetingAt: row.lastMeetingAt?.toISOString() ?? null,
  };
}

function toRelationship(actor: Actor, view: RelationshipView, now: Date): Relationship {
  const row = view.relationship;
  const side = sideOf(actor, row);
  const ending: MentoringEnding | null = row.endingKind ? { kind: row.endingKind, reason: row.endReason } : null;
  return {
    id: row.id,
    programId: row.programId,
    programName: view.programName,
    mentor: view.mentor,
    mentee: view.mentee,
    status: row.status,
    nextStatuses: [...nextMentoringStatuses(row.status)],
    origin: row.origin,
    score: row.score,
    reasons: row.reasons,
    myRole: side ?? 'admin',
    startDate: row.startDate,
    endDate: row.endDate,
    cadence: row.cadence,
    agreement:
      side === null || row.confidentialityNorms === null || row.cadence === null || !row.startDate || !row.endDate
        ? null
        : {
            confidentialityNorms: row.confidentialityNorms,
            cadence: row.cadence,
            startDate: row.startDate,
            endDate: row.endDate,
            topics: row.topics,
          },
    signatures: {
      mentor: row.mentorSignedAt?.toISOString() ?? null,
      mentee: row.menteeSignedAt?.toISOString() ?? null,
    },
    training: {
      mentor: checklistState(row.mentorTraining, mentorTrainingChecklist),
      mentee: checklistState(row.menteeTraining, menteeTrainingChecklist),
    },
    health: healthOf(row, now),
    ending:
      ending && row.endedAt
        ? { ...ending, endedAt: row.endedAt.toISOString(), offersRematch: offersRematch(ending) }
        : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function getRelationship(deps: RelationshipDeps, actor: Actor, id: string): Promise<Relationship> {
  const view = await findRelationship(deps.db, actor.orgId, id);
  if (!view) throw notFound();
  authorize(actor, 'relationship.read', policyRecord(view.relationship));
  return toRelationship(actor, view, deps.clock.now());
}

/** The signed-in user's relationships (as mentor or mentee); an admin's list is the organization's. */
export async function listRelationships(
  deps: RelationshipDeps,
  actor: Actor,
  query: {
    programId?: string | undefined;
    status?: RelationshipRow['status'] | undefined;
    page: number;
    pageSize: number;
  },
): Promise<RelationshipPage> {
  const isAdmin = actor.roles.includes('admin');
  if (!isAdmin && actor.personId === null) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
  const { rows, total } = await listRelationshipRows(deps.db, actor.orgId, {
    ...(isAdmin ? {} : { personId: actor.personId! }),
    ...(query.programId ? { programId: query.programId } : {}),
    ...(query.status ? { status: query.status } : {}),
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  const now = deps.clock.now();
  return {
    items: rows.map((view) => toRelationship(actor, view, now)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/**
 * Runs one change to a relationship in a transaction, its row locked, after the policy allowed
 * `action`; audits it and answers the relationship as it is now.
 */
async function changeRelationship(
  deps: RelationshipDeps,
  context: RequestContext,
  actor: Actor,
  id: string,
  action: Action,
  change: (row: RelationshipRow, side: Side | null) => RelationshipChange,
): Promise<Relationship> {
  return deps.db.transaction(async (tx) => {
    const row = await lockRelationship(tx, actor.orgId, id);
    if (!row) throw notFound();
    authorize(actor, action, policyRecord(row));
    const values = change(row, sideOf(actor, row));
    await updateRelationship(tx, actor.orgId, id, { ...values, updatedAt: deps.clock.now() });
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action,
      targetType: 'mentoring_relationship',
      targetId: id,
      details: { fields: Object.keys(values).sort(), ...(values.status ? { status: values.status } : {}) },
    });
    const view = await findRelationship(tx, actor.orgId, id);
    return toRelationship(actor, view!, deps.clock.now());
  });
}

function assertProposed(row: RelationshipRow, what: string): void {
  if (row.status !== 'proposed') {
    throw new AppError('CONFLICT', {
      message: `The ${what} is settled before the relationship starts; this one is ${row.status}.`,
      field: 'status',
    });
  }
}

/** Mentor or mentee writes the agreement; any edit clears both signatures, so both sign what is current. */
export async function updateAgreement(
  deps: RelationshipDeps,
  context: RequestContext,
  actor: Actor,
  id: string,
  input: RelationshipAgreementInput,
): Promise<Relationship> {
  const errors = checkMentoringAgreement(input);
  if (errors.length > 0) {
    const [first] = errors;
    throw new AppError('INVALID', {
      message: `body.${first!.field} ${first!.message}.`,
      field: `body.${first!.field}`,
    });
  }
  return changeRelationship(deps, context, actor, id, 'relationship.participate', (row) => {
    assertProposed(row, 'agreement');
    return {
      confidentialityNorms: input.confidentialityNorms,
      cadence: input.cadence,
      startDate: input.startDate,
      endDate: input.endDate,
      topics: input.topics.map((topic) => topic.trim()),
      mentorSignedAt: null,
      menteeSignedAt: null,
    };
  });
}

/** The signed-in side signs the current agreement. */
export async function signAgreement(
  deps: RelationshipDeps,
  context: RequestContext,
  actor: Actor,
  id: string,
): Promise<Relationship> {
  return changeRelationship(deps, context, actor, id, 'relationship.participate', (row, side) => {
    assertProposed(row, 'agreement');
    if (row.confidentialityNorms === null) {
      throw new AppError('CONFLICT', { message: 'Write the agreement before signing it.', field: 'agreement' });
    }
    const now = deps.clock.now();
    return side === 'mentor'
      ? { mentorSignedAt: row.mentorSignedAt ?? now }
      : { menteeSignedAt: row.menteeSignedAt ?? now };
  });
}

/** The signed-in side ticks their training checklist; the list replaces their earlier ticks. */
export async function setTraining(
  deps: RelationshipDeps,
  context: RequestContext,
  actor: Actor,
  id: string,
  ticked: string[],
): Promise<Relationship> {
  return changeRelationship(deps, context, actor, id, 'relationship.participate', (row, side) => {
    assertProposed(row, 'training');
    const items = side === 'mentor' ? mentorTrainingChecklist : menteeTrainingChecklist;
    const unknown = ticked.findIndex((key) => !items.some((item) => item.key === key));
    if (unknown >= 0) {
      throw new AppError('INVALID', {
        message: `body.ticked.${unknown} is not an item of the ${side}'s checklist.`,
        field: `body.ticked.${unknown}`,
      });
    }
    const unique = [...new Set(ticked)];
    return side === 'mentor' ? { mentorTraining: unique } : { menteeTraining: unique };
  });
}

/**
 * Moves the relationship through its lifecycle (src/domain/engagements/mentoring-lifecycle.ts).
 * Mentor or mentee start, complete or leave it; an admin may only end it early with a reason.
 * `concluded_inactive` is the health rules' ending, not a person's.
 */
export async function transitionRelationship(
  deps: RelationshipDeps,
  context: RequestContext,
  actor: Actor,
  id: string,
  input: RelationshipTransition,
): Promise<Relationship> {
  const action: Action = input.to === 'ended_early' ? 'relationship.end' : 'relationship.participate';
  const ending: MentoringEnding | null = input.ending
    ? { kind: input.ending.kind, reason: input.ending.reason?.trim() || null }
    : null;
  if (ending?.kind === 'concluded_inactive') {
    throw new AppError('INVALID', {
      message: 'body.ending.kind concluded_inactive is set by the relationship health rules, not by hand.',
      field: 'body.ending.kind',
    });
  }
  return changeRelationship(deps, context, actor, id, action, (row, side) => {
    if (side === null && ending?.kind === 'no_fault_exit') {
      throw new AppError('INVALID', {
        message: 'A no-fault exit is the mentor’s or mentee’s to take; an admin ends with kind other and a reason.',
        field: 'body.ending.kind',
      });
    }
    const refusal = checkMentoringTransition(
      {
        status: row.status,
        hasMentorSigned: row.mentorSignedAt !== null,
        hasMenteeSigned: row.menteeSignedAt !== null,
        hasMentorCompletedTraining: isChecklistComplete(row.mentorTraining, mentorTrainingChecklist),
        hasMenteeCompletedTraining: isChecklistComplete(row.menteeTraining, menteeTrainingChecklist),
        ending,
      },
      input.to,
    );
    if (refusal) {
      const field =
        refusal.field === 'to'
          ? 'body.to'
          : refusal.field === 'ending'
            ? 'body.ending'
            : refusal.field === 'reason'
              ? 'body.ending.reason'
              : refusal.field;
      throw new AppError(
        refusal.field === 'to' || refusal.field === 'agreement' || refusal.field === 'training'
          ? 'CONFLICT'
          : 'INVALID',
        {
          message: refusal.message,
          field,
        },
      );
    }
    const now = deps.clock.now();
    if (input.to === 'ended_early') {
      return { status: 'ended_early', endingKind: ending!.kind, endReason: ending!.reason, endedAt: now };
    }
    return input.to === 'completed' ? { status: 'completed', endedAt: now } : { status: input.to };
  });
}
