import { isGuideOf } from '../engagements/index.js';
import {
  maximumWeeklyGoals,
  type WeeklyGoal,
  type WeeklyGoalCreate,
  type WeeklyGoalUpdate,
  type WeeklyGoalWeek,
} from '../../../contract/weekly-goals.js';
import { nextWeek, previousWeek, streak, weekKey } from '../../../domain/sessions/index.js';
import type { Database } from '../../db/client.js';
import type { Clock, RequestContext } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { authorize, type Actor } from '../../http/policy.js';
import { recordAuditEvent } from '../audit/index.js';
import {
  countWeekGoals,
  deleteWeeklyGoal,
  findPersonTimeZone,
  findWeeklyGoal,
  insertWeeklyGoal,
  listWeekGoals,
  listWeeksWithDoneGoals,
  updateWeeklyGoal,
  type WeeklyGoalRow,
} from './weekly-goals.repo.js';

export type WeeklyGoalDeps = { db: Database; clock: Clock };

const goalNotFound = () => new AppError('NOT_FOUND', { message: 'Weekly goal not found.' });

function toGoal(row: WeeklyGoalRow): WeeklyGoal {
  return {
    id: row.id,
    week: row.week,
    description: row.description,
    developmentGoal: row.developmentGoal,
    businessResult: row.businessResult,
    doneAt: row.doneAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The person's current week, in their own time zone: a week starts on their Monday. */
async function currentWeekOf(deps: WeeklyGoalDeps, orgId: string, personId: string): Promise<string> {
  return weekKey(deps.clock.now(), (await findPersonTimeZone(deps.db, orgId, personId)) ?? 'UTC');
}

async function weekOf(deps: WeeklyGoalDeps, orgId: string, personId: string, week: string | undefined) {
  const currentWeek = await currentWeekOf(deps, orgId, personId);
  const shown = week ?? currentWeek;
  const goals = await listWeekGoals(deps.db, orgId, personId, shown);
  const doneWeeks = await listWeeksWithDoneGoals(deps.db, orgId, personId);
  return {
    personId,
    week: shown,
    currentWeek,
    previousWeek: previousWeek(shown),
    nextWeek: nextWeek(shown),
    goals: goals.map(toGoal),
    streak: streak(doneWeeks, currentWeek),
  } satisfies WeeklyGoalWeek;
}

/** The signed-in participant's week (the current one by default) and their streak. */
export async function getMyWeek(deps: WeeklyGoalDeps, actor: Actor, week: string | undefined) {
  const owner = authorize(actor, 'weeklyGoals.own');
  return weekOf(deps, owner.orgId, owner.personId!, week);
}

/** A participant's week as their mentor or coach sees it (read only). */
export async function getWeekOf(deps: WeeklyGoalDeps, actor: Actor, personId: string, week: string | undefined) {
  const isGuide = actor.personId !== null && (await isGuideOf(deps.db, actor.orgId, actor.personId, personId));
  authorize(actor, 'weeklyGoals.readAsGuide', { orgId: actor.orgId, isGuide });
  return weekOf(deps, actor.orgId, personId, week);
}

export async function addWeeklyGoal(
  deps: WeeklyGoalDeps,
  context: RequestContext,
  actor: Actor,
  input: WeeklyGoalCreate,
): Promise<WeeklyGoal> {
  const owner = authorize(actor, 'weeklyGoals.own');
  const personId = owner.personId!;
  const week = input.week ?? (await currentWeekOf(deps, owner.orgId, personId));
  const currentWeek = await currentWeekOf(deps, owner.orgId, personId);
  // Goals are for this week or the next; the past is for ticking off, not planning.
  if (week < currentWeek || week > nextWeek(currentWeek)) {
    throw new AppError('INVALID', {
      message: `body.week must be this week (${currentWeek}) or the next.`,
      field: 'body.week',
    });
  }
  return deps.db.transaction(async (tx) => {
    if ((await countWeekGoals(tx, owner.orgId, personId, week)) >= maximumWeeklyGoals) {
      throw new AppError('CONFLICT', {
        message: `A week takes at most ${maximumWeeklyGoals} goals; tick off or remove one first.`,
        field: 'body.week',
      });
    }
    const row = await insertWeeklyGoal(tx, {
      orgId: owner.orgId,
      personId,
      week,
      description: input.description,
      developmentGoal: input.developmentGoal,
      businessResult: input.businessResult,
      createdAt: deps.clock.now(),
    });
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: owner.orgId,
      actorUserId: owner.userId,
      action: 'weekly_goal.created',
      targetType: 'weekly_goal',
      targetId: row.id,
      details: { week },
    });
    return toGoal(row);
  });
}

async function getOwnGoal(tx: Database, actor: Actor, id: string): Promise<WeeklyGoalRow> {
  const owner = authorize(actor, 'weeklyGoals.own');
  const row = await findWeeklyGoal(tx, owner.orgId, id, true);
  // Someone else's goal is reported as missing.
  if (!row || row.personId !== owner.personId) throw goalNotFound();
  return row;
}

export async function changeWeeklyGoal(
  deps: WeeklyGoalDeps,
  context: RequestContext,
  actor: Actor,
  id: string,
  input: WeeklyGoalUpdate,
): Promise<WeeklyGoal> {
  return deps.db.transaction(async (tx) => {
    const current = await getOwnGoal(tx, actor, id);
    const { done, ...text } = input;
    const row = await updateWeeklyGoal(tx, actor.orgId, id, {
      ...text,
      ...(done === undefined ? {} : { doneAt: done ? (current.doneAt ?? deps.clock.now()) : null }),
    });
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'weekly_goal.updated',
      targetType: 'weekly_goal',
      targetId: id,
      details: { fields: Object.keys(input).sort() },
    });
    return toGoal(row);
  });
}

export async function removeWeeklyGoal(
  deps: WeeklyGoalDeps,
  context: RequestContext,
  actor: Actor,
  id: string,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await getOwnGoal(tx, actor, id);
    await deleteWeeklyGoal(tx, actor.orgId, id);
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'weekly_goal.deleted',
      targetType: 'weekly_goal',
      targetId: id,
    });
  });
}
