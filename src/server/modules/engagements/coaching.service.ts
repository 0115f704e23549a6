import type {
  CoachingEngagement,
  CoachingEngagementPage,
  CoachingEngagementRole,
  CoachingEngagementSummary,
  CoachingEngagementTransition,
  CoachingEngagementUpdate,
  CoachingGoalsUpdate,
} from '../../../contract/engagements.js';
import type { ProgramPerson } from '../../../contract/programs.js';
import {
  agreementStatus,
  checkCoachingTransition,
  checkEngagementLength,
  coachingAgreementParties,
  confirmationsAfterGoalChange,
  isCoachingFinal,
  nextCoachingStatuses,
  typicalEngagementMonths,
  type CoachingParty,
  type CoachingStatus,
} from '../../../domain/engagements/index.js';
import type { Database } from '../../db/client.js';
import type { Clock, RequestContext } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import {
  authorize,
  coachingEngagementView,
  coachingPartiesOf,
  type Action,
  type Actor,
  type CoachingPartyIds,
} from '../../http/policy.js';
import { recordAuditEvent } from '../audit/index.js';
import { findProgram } from '../programs/index.js';
import { listCompetencies } from '../competencies/index.js';
import {
  deleteConfirmations,
  findEngagement,
  hasOtherCurrentEngagement,
  insertConfirmation,
  listAgreementFacts,
  listConfirmations,
  listEngagementPeople,
  listEngagementRows,
  listGoals,
  listProgramNames,
  replaceGoals,
  updateEngagementRow,
  type CoachingEngagementRow,
  type EngagementPerson,
} from './coaching.repo.js';

export type CoachingDeps = { db: Database; clock: Clock };

/** The people of an engagement as the policy sees them, with who confirms the goals. */
export function partiesOf(row: CoachingEngagementRow): CoachingPartyIds {
  return {
    coach: row.coachPersonId,
    leader: row.leaderPersonId,
    manager: row.managerPersonId,
    sponsor: row.sponsorPersonId,
    agreementParties: coachingAgreementParties({ hasManager: row.managerPersonId !== null }),
  };
}

/** Loads an engagement of the actor's organization and asks the policy whether they may do `action` to it. */
export async function loadEngagement(
  db: Database,
  actor: Actor,
  engagementId: string,
  action: Action,
  options: { forUpdate?: boolean } = {},
): Promise<CoachingEngagementRow> {
  const row = await findEngagement(db, actor.orgId, engagementId, options);
  if (!row) throw new AppError('NOT_FOUND', { message: 'Engagement not found.' });
  authorize(actor, action, { orgId: row.orgId, coaching: partiesOf(row) });
  return row;
}

function rolesOf(actor: Actor, row: CoachingEngagementRow): CoachingEngagementRole[] {
  const roles: CoachingEngagementRole[] = coachingPartiesOf(actor, partiesOf(row));
  if (actor.roles.includes('admin')) roles.push('admin');
  return roles;
}

function showPerson(people: Map<string, EngagementPerson>, id: string): ProgramPerson {
  const person = people.get(id);
  return person
    ? { id: person.id, name: person.name, title: person.title, tier: person.tier, department: person.department }
    : { id, name: 'Unknown person', title: '', tier: 'individual_contributor', department: '' };
}

type Lookups = {
  people: Map<string, EngagementPerson>;
  programNames: Map<string, string>;
  facts: Map<string, { goalCount: number; confirmed: CoachingParty[] }>;
};

async function loadLookups(db: Database, orgId: string, rows: CoachingEngagementRow[]): Promise<Lookups> {
  return {
    people: await listEngagementPeople(
      db,
      orgId,
      rows.flatMap((row) => [row.coachPersonId, row.leaderPersonId, row.managerPersonId, row.sponsorPersonId]),
    ),
    programNames: await listProgramNames(
      db,
      orgId,
      rows.map((row) => row.programId),
    ),
    facts: await listAgreementFacts(
      db,
      orgId,
      rows.map((row) => row.id),
    ),
  };
}

/** The fields every viewer sees, admins included; built field by field so a new column never leaks. */
function toSummary(actor: Actor, row: CoachingEngagementRow, lookups: Lookups): CoachingEngagementSummary {
  const facts = lookups.facts.get(row.id) ?? { goalCount: 0, confirmed: [] };
  const person = (id: string | null) => (id === null ? null : showPerson(lookups.people, id));
  return {
    id: row.id,
    program: { id: row.programId, name: lookups.programNames.get(row.programId) ?? '' },
    coach: showPerson(lookups.people, row.coachPersonId),
    leader: showPerson(lookups.people, row.leaderPersonId),
    manager: person(row.managerPersonId),
    sponsor: person(row.sponsorPersonId),
    startDate: row.startDate,
    endDate: row.endDate,
    status: row.status,
    goalCount: facts.goalCount,
    isAgreementComplete: agreementStatus(facts.confirmed, partiesOf(row).agreementParties).isComplete,
    endedAt: row.endedAt?.toISOString() ?? null,
    myRoles: rolesOf(actor, row),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The whole engagement as `actor` may see it: parties get goals and close-out, admins metadata only. */
async function toEngagement(db: Database, actor: Actor, row: CoachingEngagementRow): Promise<CoachingEngagement> {
  const lookups = await loadLookups(db, actor.orgId, [row]);
  const parties = partiesOf(row);
  const confirmations = await listConfirmations(db, actor.orgId, row.id);
  const agreement = agreementStatus(
    confirmations.map((confirmation) => confirmation.party),
    parties.agreementParties,
  );
  const base: CoachingEngagement = {
    ...toSummary(actor, row, lookups),
    nextStatuses: [...nextCoachingStatuses(row.status)],
    agreement: {
      parties: parties.agreementParties.map((party) => {
        const personId = parties[party];
        const confirmation = confirmations.find((entry) => entry.party === party);
        return {
          party,
          person: personId === null ? null : showPerson(lookups.people, personId),
          confirmedAt: confirmation?.confirmedAt.toISOString() ?? null,
        };
      }),
      missing: agreement.missing,
      isComplete: agreement.isComplete,
    },
  };
  if (coachingEngagementView(actor, parties) === 'metadata') return base;
  const goals = await listGoals(db, actor.orgId, row.id);
  return {
    ...base,
    goals: goals.map((goal) => ({
      id: goal.id,
      statement: goal.statement,
      competency: goal.competency,
      metric: goal.metric,
      baseline: goal.baseline,
      target: goal.target,
      dueDate: goal.dueDate,
    })),
    endReason: row.endReason,
    finalSummary: row.finalSummary,
  };
}

/** The engagements the actor takes part in (as coach, leader, manager or sponsor); for admins, all of them. */
export async function listEngagements(
  deps: CoachingDeps,
  actor: Actor,
  query: { programId?: string; status?: CoachingStatus; page: number; pageSize: number },
): Promise<CoachingEngagementPage> {
  const isAdmin = actor.roles.includes('admin');
  if (!isAdmin && actor.personId === null) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
  const { rows, total } = await listEngagementRows(deps.db, actor.orgId, {
    personId: isAdmin ? null : actor.personId,
    ...(query.programId === undefined ? {} : { programId: query.programId }),
    ...(query.status === undefined ? {} : { status: query.status }),
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  const lookups = await loadLookups(deps.db, actor.orgId, rows);
  return {
    items: rows.map((row) => toSummary(actor, row, lookups)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** One engagement. A party reading a written close-out is audit-logged: it is the most personal text here. */
export async function getEngagement(
  deps: CoachingDeps,
  context: RequestContext,
  actor: Actor,
  engagementId: string,
): Promise<CoachingEngagement> {
  const row = await loadEngagement(deps.db, actor, engagementId, 'engagement.read');
  const engagement = await toEngagement(deps.db, actor, row);
  if (engagement.finalSummary) {
    await recordAuditEvent(deps.db, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'engagement.summary_read',
      targetType: 'coaching_engagement',
      targetId: row.id,
    });
  }
  return engagement;
}

function assertNotFinal(row: CoachingEngagementRow, what: string): void {
  if (isCoachingFinal(row.status)) {
    throw new AppError('CONFLICT', { message: `An engagement that is ${row.status} ${what}.`, field: 'status' });
  }
}

/**
 * Replaces the goals (coach or leader, while proposed or active) and clears every confirmation:
 * the three-way agreement restarts on the goals as they now are.
 */
export async function setGoals(
  deps: CoachingDeps,
  context: RequestContext,
  actor: Actor,
  engagementId: string,
  input: CoachingGoalsUpdate,
): Promise<CoachingEngagement> {
  const competencyKeys = new Set((await listCompetencies(deps.db, actor)).items.map((competency) => competency.key));
  return deps.db.transaction(async (tx) => {
    const row = await loadEngagement(tx, actor, engagementId, 'engagement.goals.update', { forUpdate: true });
    if (row.status !== 'proposed' && row.status !== 'active') {
      throw new AppError('CONFLICT', {
        message: `The goals change while an engagement is proposed or active, not while it is ${row.status}.`,
        field: 'status',
      });
    }
    input.goals.forEach((goal, index) => {
      if (!competencyKeys.has(goal.competency)) {
        throw new AppError('INVALID', {
          message: `body.goals.${index}.competency ${goal.competency} is not a competency of your organization.`,
          field: `body.goals.${index}.competency`,
        });
      }
      if ((row.startDate && goal.dueDate < row.startDate) || (row.endDate && goal.dueDate > row.endDate)) {
        throw new AppError('INVALID', {
          message: `body.goals.${index}.dueDate must fall within the engagement (${row.startDate ?? '…'} to ${row.endDate ?? '…'}).`,
          field: `body.goals.${index}.dueDate`,
        });
      }
    });
    await replaceGoals(
      tx,
      actor.orgId,
      row.id,
      input.goals.map((goal) => ({
        statement: goal.statement,
        competency: goal.competency,
        metric: goal.metric,
        baseline: goal.baseline,
        target: goal.target,
        dueDate: goal.dueDate,
      })),
    );
    // The domain says which confirmations survive a goal change: none, so everyone confirms again.
    const cleared = await deleteConfirmations(tx, actor.orgId, row.id, confirmationsAfterGoalChange());
    const updated = await updateEngagementRow(tx, actor.orgId, row.id, { updatedAt: deps.clock.now() });
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'engagement.goals_replaced',
      targetType: 'coaching_engagement',
      targetId: row.id,
      // Counts only: goal statements are for the parties, and the audit log is read by admins.
      details: { goalCount: input.goals.length, confirmationsCleared: cleared },
    });
    return toEngagement(tx, actor, updated);
  });
}

/** Records that the actor confirms the current goals, as each party of the agreement they are. */
export async function confirmGoals(
  deps: CoachingDeps,
  context: RequestContext,
  actor: Actor,
  engagementId: string,
): Promise<CoachingEngagement> {
  return deps.db.transaction(async (tx) => {
    const row = await loadEngagement(tx, actor, engagementId, 'engagement.goals.confirm', { forUpdate: true });
    assertNotFinal(row, 'has no goals left to confirm');
    const goals = await listGoals(tx, actor.orgId, row.id);
    if (goals.length === 0) {
      throw new AppError('CONFLICT', { message: 'There are no goals to confirm yet.', field: 'goals' });
    }
    const parties = partiesOf(row);
    const mine = coachingPartiesOf(actor, parties).filter((party) => parties.agreementParties.includes(party));
    const at = deps.clock.now();
    const added: CoachingParty[] = [];
    for (const party of mine) {
      const isNew = await insertConfirmation(tx, {
        orgId: actor.orgId,
        engagementId: row.id,
        party,
        personId: actor.personId!,
        confirmedAt: at,
      });
      if (isNew) added.push(party);
    }
    if (added.length > 0) {
      await recordAuditEvent(tx, deps.clock, context, {
        orgId: actor.orgId,
        actorUserId: actor.userId,
        action: 'engagement.goals_confirmed',
        targetType: 'coaching_engagement',
        targetId: row.id,
        details: { parties: added, goalCount: goals.length },
      });
    }
    return toEngagement(tx, actor, row);
  });
}

/**
 * Moves the dates of a proposed engagement (coach or admin). The length must be within the typical
 * 6–12 months; goals already set must still fall inside.
 */
export async function updateEngagementDates(
  deps: CoachingDeps,
  context: RequestContext,
  actor: Actor,
  engagementId: string,
  input: CoachingEngagementUpdate,
): Promise<CoachingEngagement> {
  return deps.db.transaction(async (tx) => {
    const row = await loadEngagement(tx, actor, engagementId, 'engagement.dates.update', { forUpdate: true });
    if (row.status !== 'proposed') {
      throw new AppError('CONFLICT', {
        message: `The dates are settled before the engagement starts; this one is ${row.status}.`,
        field: 'status',
      });
    }
    const startDate = input.startDate ?? row.startDate;
    const endDate = input.endDate ?? row.endDate;
    if (startDate === null || endDate === null) {
      const field = startDate === null ? 'body.startDate' : 'body.endDate';
      throw new AppError('INVALID', { message: `${field} is required: the engagement has none yet.`, field });
    }
    const program = await findProgram(tx, actor.orgId, row.programId);
    const refusal = checkEngagementLength(
      startDate,
      endDate,
      program
        ? { minMonths: program.engagementMinMonths, maxMonths: program.engagementMaxMonths }
        : typicalEngagementMonths,
    );
    if (refusal) {
      throw new AppError('INVALID', {
        message: `body.${refusal.field} ${refusal.message}.`,
        field: `body.${refusal.field}`,
      });
    }
    const goals = await listGoals(tx, actor.orgId, row.id);
    const early = goals.findIndex((goal) => goal.dueDate < startDate);
    const late = goals.findIndex((goal) => goal.dueDate > endDate);
    if (early >= 0 || late >= 0) {
      const [field, index] = early >= 0 ? (['body.startDate', early] as const) : (['body.endDate', late] as const);
      throw new AppError('CONFLICT', {
        message: `Goal ${index + 1} is due on ${goals[index]!.dueDate}, outside the new dates; change the goals first.`,
        field,
      });
    }
    const updated = await updateEngagementRow(tx, actor.orgId, row.id, {
      startDate,
      endDate,
      updatedAt: deps.clock.now(),
    });
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'engagement.dates_changed',
      targetType: 'coaching_engagement',
      targetId: row.id,
      details: { from: { startDate: row.startDate, endDate: row.endDate }, to: { startDate, endDate } },
    });
    return toEngagement(tx, actor, updated);
  });
}

/**
 * Moves an engagement along its lifecycle, through `checkCoachingTransition` only. The coach makes
 * every move; the leader and admins may also end it early.
 */
export async function transitionEngagement(
  deps: CoachingDeps,
  context: RequestContext,
  actor: Actor,
  engagementId: string,
  input: CoachingEngagementTransition,
): Promise<CoachingEngagement> {
  const action: Action = input.to === 'ended_early' ? 'engagement.endEarly' : 'engagement.transition';
  return deps.db.transaction(async (tx) => {
    const row = await loadEngagement(tx, actor, engagementId, action, { forUpdate: true });
    const goals = await listGoals(tx, actor.orgId, row.id);
    const confirmations = await listConfirmations(tx, actor.orgId, row.id);
    const finalSummary = input.finalSummary?.trim() ?? '';
    const reason = input.reason?.trim() ?? '';
    const refusal = checkCoachingTransition(
      {
        status: row.status,
        goalCount: goals.length,
        goalsConfirmedByAll: agreementStatus(
          confirmations.map((confirmation) => confirmation.party),
          partiesOf(row).agreementParties,
        ).isComplete,
        hasFinalSummary: finalSummary !== '',
        endReason: reason === '' ? null : reason,
      },
      input.to,
    );
    if (refusal) {
      switch (refusal.field) {
        case 'to':
        case 'goals':
        case 'agreement':
          throw new AppError('CONFLICT', {
            message: refusal.message,
            field: refusal.field === 'to' ? 'body.to' : refusal.field,
          });
        case 'finalSummary':
        case 'reason':
          throw new AppError('INVALID', { message: refusal.message, field: `body.${refusal.field}` });
      }
    }
    if (input.to === 'active' && (await hasOtherCurrentEngagement(tx, row))) {
      throw new AppError('CONFLICT', {
        message: 'The leader has another current coach in this program; end that engagement first.',
        field: 'body.to',
      });
    }
    const at = deps.clock.now();
    const updated = await updateEngagementRow(tx, actor.orgId, row.id, {
      status: input.to,
      updatedAt: at,
      ...(input.to === 'completed' ? { finalSummary, endedAt: at } : {}),
      ...(input.to === 'ended_early' ? { endReason: reason, endedAt: at } : {}),
    });
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'engagement.status_changed',
      targetType: 'coaching_engagement',
      targetId: row.id,
      // The reason and the summary stay in the engagement, for its parties; the log says only that they exist.
      details: { from: row.status, to: input.to },
    });
    return toEngagement(tx, actor, updated);
  });
}
