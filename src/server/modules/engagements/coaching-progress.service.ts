import type {
  CoachingProgress,
  CoachingProgressCheck,
  CoachingProgressCheckCreate,
} from '../../../contract/engagements.js';
import { checkProgressRatings, progressCheckDue } from '../../../domain/engagements/index.js';
import type { Database } from '../../db/client.js';
import type { RequestContext } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { coachingEngagementView, type Actor } from '../../http/policy.js';
import { recordAuditEvent } from '../audit/index.js';
import {
  findProgramCadence,
  insertProgressCheck,
  listEngagementPeople,
  listGoals,
  listProgressChecks,
  type CoachingEngagementRow,
} from './coaching.repo.js';
import { loadEngagement, partiesOf, type CoachingDeps } from './coaching.service.js';

/** The engagement's progress: its checks for its parties, only counts and dates for an admin. */
async function toProgress(
  db: Database,
  actor: Actor,
  row: CoachingEngagementRow,
  now: Date,
): Promise<CoachingProgress> {
  const checks = await listProgressChecks(db, actor.orgId, row.id);
  const cadence = await findProgramCadence(db, actor.orgId, row.programId);
  const last = checks[0] ?? null;
  const due =
    row.status === 'active' && row.startDate
      ? progressCheckDue({ cadence, startDate: row.startDate, lastCheckedAt: last?.checkedAt ?? null, now })
      : null;
  const progress: CoachingProgress = {
    engagementId: row.id,
    cadence,
    nextDueAt: due?.dueAt.toISOString() ?? null,
    isDue: due?.isDue ?? false,
    count: checks.length,
    lastCheckedAt: last?.checkedAt.toISOString() ?? null,
  };
  if (coachingEngagementView(actor, partiesOf(row)) === 'metadata') return progress;
  const people = await listEngagementPeople(
    db,
    actor.orgId,
    checks.map((check) => check.byPersonId),
  );
  return {
    ...progress,
    checks: checks.map((check): CoachingProgressCheck => {
      const person = people.get(check.byPersonId);
      return {
        id: check.id,
        checkedAt: check.checkedAt.toISOString(),
        by: person
          ? { id: person.id, name: person.name, title: person.title, tier: person.tier, department: person.department }
          : { id: check.byPersonId, name: 'Unknown person', title: '', tier: 'individual_contributor', department: '' },
        ratings: check.ratings,
      };
    }),
  };
}

export async function getProgress(deps: CoachingDeps, actor: Actor, engagementId: string): Promise<CoachingProgress> {
  const row = await loadEngagement(deps.db, actor, engagementId, 'engagement.read');
  return toProgress(deps.db, actor, row, deps.clock.now());
}

/**
 * The coach records a progress check of an active engagement: every current goal rated 1–5 with
 * evidence. The goals' words are kept with the ratings, so a later change of goals leaves the
 * record as it was.
 */
export async function recordProgressCheck(
  deps: CoachingDeps,
  context: RequestContext,
  actor: Actor,
  engagementId: string,
  input: CoachingProgressCheckCreate,
): Promise<CoachingProgress> {
  return deps.db.transaction(async (tx) => {
    const row = await loadEngagement(tx, actor, engagementId, 'engagement.progress.record', { forUpdate: true });
    if (row.status !== 'active') {
      throw new AppError('CONFLICT', {
        message: `Progress is checked while an engagement is active; this one is ${row.status}.`,
        field: 'status',
      });
    }
    const goals = await listGoals(tx, actor.orgId, row.id);
    const [problem] = checkProgressRatings(
      goals.map((goal) => goal.id),
      input.ratings,
    );
    if (problem) {
      throw new AppError('INVALID', {
        message: `body.${problem.field} ${problem.message}.`,
        field: `body.${problem.field}`,
      });
    }
    const statements = new Map(goals.map((goal) => [goal.id, goal.statement]));
    const check = await insertProgressCheck(tx, {
      orgId: actor.orgId,
      engagementId: row.id,
      byPersonId: actor.personId!,
      ratings: input.ratings.map((entry) => ({
        goalId: entry.goalId,
        statement: statements.get(entry.goalId)!,
        rating: entry.rating,
        evidence: entry.evidence.trim(),
      })),
      checkedAt: deps.clock.now(),
    });
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'engagement.progress_checked',
      targetType: 'coaching_engagement',
      targetId: row.id,
      // Counts only: ratings and evidence are for the parties.
      details: { checkId: check.id, goals: input.ratings.length },
    });
    return toProgress(tx, actor, row, deps.clock.now());
  });
}
