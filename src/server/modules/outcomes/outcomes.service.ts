// A program's outcomes: the data in a few queries, every figure from the pure functions of
// src/domain/outcomes (statistics in src/domain/stats). Aggregates only, each with its n.
import type { OutcomeMeasurementCreate, ProgramOutcomes, RoiAssumptions } from '../../../contract/outcomes.js';
import { minimumOutcomeN } from '../../../contract/outcomes.js';
import type { Tier } from '../../../contract/people.js';
import { quarterOf } from '../../../domain/assessments/index.js';
import { latestToday } from '../../../domain/engagements/index.js';
import {
  phillipsRoi,
  roiContext,
  summarizeBusinessOutcome,
  summarizeEngagementChange,
  summarizeFeedbackChange,
  summarizeKirkpatrick,
  summarizeReadiness,
  summarizeRetention,
} from '../../../domain/outcomes/index.js';
import type { Database } from '../../db/client.js';
import type { Clock, RequestContext } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { authorize, type Actor } from '../../http/policy.js';
import { listClosedCycleScores } from '../assessments/index.js';
import { countFeedbackHabits } from '../ongoing-feedback/index.js';
import { recordAuditEvent } from '../audit/index.js';
import { listReadinessOfProgram } from '../succession/index.js';
import {
  countActivity,
  findPersonName,
  findProgram,
  findRoiAssumptions,
  insertMeasurement,
  listGoalProgress,
  listHighPotentials,
  listMeasurements,
  listOutcomes,
  listParticipants,
  listPulseScores,
  listVisiblePrograms,
  saveRoiAssumptions,
  type ProgramRow,
} from './outcomes.repo.js';

export type OutcomesDeps = { db: Database; clock: Clock };

const confidence = 0.95;
const options = { minimumN: minimumOutcomeN, confidence };
const daysPerMonth = 365.25 / 12;
const dayMs = 24 * 60 * 60_000;

const programNotFound = () => new AppError('NOT_FOUND', { message: 'Program not found.' });

/** Months between two calendar days (YYYY-MM-DD). */
function monthsBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs / daysPerMonth;
}

const tierWords: Record<Tier, string> = {
  individual_contributor: 'individual contributors',
  frontline_manager: 'frontline managers',
  middle_manager: 'middle managers',
  senior_leader: 'senior leaders',
  executive: 'executives',
};

async function loadProgram(deps: OutcomesDeps, actor: Actor, programId: string): Promise<ProgramRow> {
  const program = await findProgram(deps.db, actor.orgId, programId);
  if (!program) throw programNotFound();
  authorize(actor, 'outcomes.read', { orgId: program.orgId, sponsorPersonId: program.sponsorPersonId });
  return program;
}

export async function listOutcomePrograms(deps: OutcomesDeps, actor: Actor) {
  authorize(actor, 'outcomes.list');
  const rows = await listVisiblePrograms(deps.db, actor.orgId, actor.roles.includes('admin') ? 'all' : actor.personId);
  return {
    items: rows.map((row) => ({
      id: row.id,
      name: row.name,
      type: row.type,
      status: row.status,
      startDate: row.start_date,
      endDate: row.end_date,
      participants: Number(row.participants),
    })),
  };
}

export async function getProgramOutcomes(
  deps: OutcomesDeps,
  actor: Actor,
  programId: string,
): Promise<ProgramOutcomes> {
  const program = await loadProgram(deps, actor, programId);
  const today = deps.clock.now().toISOString().slice(0, 10);
  // The reads do not depend on one another (feedback habits only on the participants): issued
  // together, they overlap on the server's cores and with the parsing of earlier answers here.
  const { orgId } = actor;
  const participantsRead = listParticipants(deps.db, orgId, programId);
  const [
    participants,
    habits,
    cycles,
    pulse,
    readinessRows,
    highPotentials,
    measurements,
    outcomes,
    activity,
    goalRows,
    roi,
  ] = await Promise.all([
    participantsRead,
    // Behaviour: how often participants asked for and gave feedback since the start (counts only).
    participantsRead.then((rows) =>
      countFeedbackHabits(
        deps.db,
        orgId,
        rows.map((person) => person.id),
        program.startDate,
      ),
    ),
    listClosedCycleScores(deps.db, orgId, programId),
    listPulseScores(deps.db, orgId, programId, program.targetTiers),
    listReadinessOfProgram(deps.db, orgId, programId),
    program.startDate <= today ? listHighPotentials(deps.db, orgId, programId, program.startDate) : [],
    listMeasurements(deps.db, orgId, programId),
    listOutcomes(deps.db, orgId, programId),
    countActivity(deps.db, orgId, programId),
    listGoalProgress(deps.db, orgId, programId),
    findRoiAssumptions(deps.db, orgId, programId),
  ]);

  // 360 change: pre against post per participant, from their closed cycles' reports.
  const competencies = cycles[0]?.scales ?? [];
  const cycleScores = new Map(cycles.map((cycle) => [`${cycle.personId}:${cycle.phase}`, cycle.others]));
  const scoresOf = (personId: string, phase: 'pre' | 'post') => cycleScores.get(`${personId}:${phase}`) ?? null;
  const feedbackChange = summarizeFeedbackChange(
    participants.map((person) => ({
      personId: person.id,
      pre: scoresOf(person.id, 'pre'),
      post: scoresOf(person.id, 'post'),
    })),
    competencies,
    options,
  );

  // Team engagement: the program's leaders against leaders of the same tiers outside it.
  const leaders = new Map<string, { leaderId: string; isParticipant: boolean; scores: Record<string, number> }>();
  for (const row of pulse) {
    leaders.set(row.leader_id, { leaderId: row.leader_id, isParticipant: row.is_participant, scores: row.scores });
  }
  const comparisonRule = `Leaders who are ${program.targetTiers.map((tier) => tierWords[tier]).join(' or ')} — the tiers the program targets — and are not its participants.`;
  const engagement = summarizeEngagementChange([...leaders.values()], quarterOf(program.startDate), {
    ...options,
    comparisonRule,
  });

  // Promotion readiness: months from enrollment (or the start, if later) to the first "ready now".
  const readinessByPerson = new Map<string, typeof readinessRows>();
  for (const row of readinessRows)
    readinessByPerson.set(row.personId, [...(readinessByPerson.get(row.personId) ?? []), row]);
  const readiness = summarizeReadiness(
    participants.flatMap((person) => {
      const from = person.enrolled_on > program.startDate ? person.enrolled_on : program.startDate;
      if (from > today) return [];
      const history = readinessByPerson.get(person.id) ?? [];
      const before = history.filter((row) => row.assessedOn <= from).at(-1);
      // Ready now already when they started: they have no time to readiness to measure.
      if (before?.readiness === 'ready_now') return [];
      const ready = history.find((row) => row.assessedOn > from && row.readiness === 'ready_now');
      const end =
        ready?.assessedOn ?? (person.exit_date !== null && person.exit_date < today ? person.exit_date : today);
      return [
        {
          tier: person.tier,
          months: Math.max(0, monthsBetween(from, end)),
          event: ready ? (1 as const) : (0 as const),
        },
      ];
    }),
    options,
  );

  // Retention of high-potential people from the program's start.
  const subject = (row: (typeof highPotentials)[number]) => {
    const hasLeft = row.exit_date !== null && row.exit_date <= today;
    return {
      months: monthsBetween(program.startDate, hasLeft ? row.exit_date! : today),
      event: hasLeft ? (1 as const) : (0 as const),
    };
  };
  const retention = summarizeRetention(
    highPotentials.filter((row) => row.is_participant).map(subject),
    highPotentials.filter((row) => !row.is_participant).map(subject),
    options,
  );

  // Business outcomes, per leader's team.
  const businessOutcomes = outcomes.map((outcome) =>
    summarizeBusinessOutcome(
      {
        id: outcome.id,
        kind: outcome.kind,
        name: outcome.name,
        unit: outcome.unit,
        baseline: outcome.baseline,
        target: outcome.target,
      },
      measurements
        .filter((row) => row.outcomeId === outcome.id)
        .map((row) => ({
          leader: { id: row.leaderId, name: row.leaderName },
          measuredOn: row.measuredOn,
          value: row.value,
        })),
      options,
    ),
  );

  const goalProgress = goalRows.map((row) => ({
    first: Number(row.first),
    latest: Number(row.latest),
  }));
  const kirkpatrick = summarizeKirkpatrick(
    {
      ...activity,
      goalProgress,
      feedbackChange,
      feedbackHabits: [...habits.values()],
      engagement,
      retention,
      businessOutcomes,
    },
    options,
  );

  return {
    program: {
      id: program.id,
      name: program.name,
      type: program.type,
      startDate: program.startDate,
      endDate: program.endDate,
      status: program.status,
    },
    generatedAt: deps.clock.now().toISOString(),
    confidence,
    minimumN: minimumOutcomeN,
    feedbackChange,
    engagement,
    readiness,
    retention,
    businessOutcomes,
    kirkpatrick,
    roi: roiView(roi?.assumptions ?? null),
  };
}

function roiView(assumptions: RoiAssumptions | null): ProgramOutcomes['roi'] {
  return { assumptions, result: assumptions ? phillipsRoi(assumptions) : null, context: roiContext };
}

/** Saves the program's ROI assumptions (admins), audited; answers the calculator's result. */
export async function setRoiAssumptions(
  deps: OutcomesDeps,
  context: RequestContext,
  actor: Actor,
  programId: string,
  assumptions: RoiAssumptions,
): Promise<ProgramOutcomes['roi']> {
  authorize(actor, 'outcomes.manage');
  const program = await findProgram(deps.db, actor.orgId, programId);
  if (!program) throw programNotFound();
  await deps.db.transaction(async (tx) => {
    await saveRoiAssumptions(tx, { orgId: actor.orgId, programId, assumptions, updatedAt: deps.clock.now() });
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'outcomes.roiAssumptionsChanged',
      targetType: 'program',
      targetId: programId,
    });
  });
  return roiView(assumptions);
}

/** Records a business metric for one leader's team (admins); a later one supersedes it in the figures. */
export async function recordMeasurement(
  deps: OutcomesDeps,
  context: RequestContext,
  actor: Actor,
  programId: string,
  outcomeId: string,
  input: OutcomeMeasurementCreate,
) {
  authorize(actor, 'outcomes.manage');
  const program = await findProgram(deps.db, actor.orgId, programId);
  if (!program) throw programNotFound();
  const outcome = (await listOutcomes(deps.db, actor.orgId, programId)).find((row) => row.id === outcomeId);
  if (!outcome) throw new AppError('NOT_FOUND', { message: 'Outcome not found in this program.' });
  const leader = await findPersonName(deps.db, actor.orgId, input.leaderPersonId);
  if (!leader || leader.erasedAt !== null) {
    throw new AppError('INVALID', {
      message: 'No person of the organization with this id.',
      field: 'body.leaderPersonId',
    });
  }
  if (input.measuredOn > latestToday(deps.clock.now())) {
    throw new AppError('INVALID', { message: 'must not be in the future', field: 'body.measuredOn' });
  }
  const row = await deps.db.transaction(async (tx) => {
    const saved = await insertMeasurement(tx, {
      orgId: actor.orgId,
      outcomeId,
      leaderPersonId: input.leaderPersonId,
      measuredOn: input.measuredOn,
      value: input.value,
      createdAt: deps.clock.now(),
    });
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'outcomes.measurementRecorded',
      targetType: 'program',
      targetId: programId,
      details: { outcomeId, leaderPersonId: input.leaderPersonId },
    });
    return saved;
  });
  return {
    id: row.id,
    leader: { id: input.leaderPersonId, name: leader.name },
    measuredOn: row.measuredOn,
    value: row.value,
  };
}
