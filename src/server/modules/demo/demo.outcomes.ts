// The demo's outcomes showcase: a coaching program that started a year before the demo's "now",
// seeded with effects we know (demoOutcomeEffects), so its outcomes dashboard shows every section
// with real figures — and a test can check that the dashboard recovers what was put in.
//
// Every random draw comes from a fixed seed: the demo is the same on every machine. Individual
// deviations from an effect (one participant improving more than another) are centred, so in the
// seeded sample the true mean effect IS the constant; what the dashboard reports differs from it
// only by the noise of measuring it (raters, items, rounding, quarter to quarter).
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { RaterGroup } from '../../../contract/assessments.js';
import type { readinessLevels } from '../../../contract/outcomes.js';
import { minimumTeamPulseResponses } from '../../../contract/team-pulse.js';
import {
  engagementPulse,
  leadership360,
  minimumAnonymityThreshold,
  quarterOf,
} from '../../../domain/assessments/index.js';
import { addMonths } from '../../../domain/engagements/index.js';
import type { Database } from '../../db/client.js';
import { feedbackCycles, feedbackRaters } from '../assessments/assessments.table.js';
import {
  coachingEngagements,
  coachingGoalConfirmations,
  coachingGoals,
  coachingProgressChecks,
} from '../engagements/engagements.table.js';
import { outcomeMeasurements, programRoiAssumptions } from '../outcomes/outcomes.table.js';
import { people } from '../people/people.table.js';
import { insertEnrollments, insertProgram } from '../programs/index.js';
import { programOutcomes } from '../programs/programs.table.js';
import { sessions } from '../sessions/sessions.table.js';
import { readinessAssessments } from '../succession/succession.table.js';
import { pulseResults, pulseSurveys } from '../team-pulse/team-pulse.table.js';
import { seedDemoFeedbackHabits } from './demo.feedback.js';
import { seededRandom, type DemoPerson } from './demo.people.js';

export const demoOutcomeProgramName = 'Emerging Leaders Coaching';

/** What the seed puts into the program's data; the dashboard should find these again. */
export const demoOutcomeEffects = {
  /** Others' 360 ratings (1–5), post minus pre, over participants and competencies. */
  feedbackChange: 0.4,
  /** Participants' team pulse (1–5) after the start, over and above the trend every team shares. */
  engagementDifference: 0.3,
  /** Coaching goals' progress rating (1–5), last check minus first, for goals followed to the end. */
  goalRatingChange: 1,
  /** High-potential people who have left since the start. */
  leavers: { participants: 1, comparison: 5 },
  /** Share of each tier's participants assessed "ready now" since the start: frontline sooner. */
  readyNow: { frontline_manager: 0.6, middle_manager: 0.4 },
  /** Latest voluntary turnover of participants' teams, % per year (baseline 14, target 10). */
  turnoverLatest: 11,
  /** Latest eNPS of participants' teams (baseline 10, target 25). */
  enpsLatest: 20,
  /** Phillips ROI of the assumptions below: 420,000 × 0.5 × 0.7 = 147,000 against 120,000. */
  roiPercent: 22.5,
} as const;

const participantCount = 16;
/** Participants who lead a team big enough for a pulse score; the other such leaders are the comparison. */
const participantsWithTeams = 7;
const coachCount = 3;
/** Internal coaches come from the People function; its managers are therefore not participants. */
const coachDepartment = 'People';
const seed = 20_251_125;

const roiAssumptions = {
  monetaryBenefits: 420_000,
  attribution: 0.5,
  confidence: 0.7,
  fullyLoadedCosts: 120_000,
  currency: 'EUR',
  note:
    "Benefits: the teams' estimate of lower turnover (replacement costs avoided) and time saved by fewer " +
    'escalations, collected by the People team. Costs: coaching fees, coaches’ and participants’ time, 360s, administration.',
};

const goalCatalogue = [
  {
    competency: 'coaching_others',
    statement: 'Help my team members solve problems themselves instead of solving them for them.',
    metric: 'One-to-ones a month where the team member brings the agenda',
    baseline: 1,
    target: 4,
  },
  {
    competency: 'decision_making',
    statement: 'Decide within my remit without escalating.',
    metric: 'Decisions escalated a month',
    baseline: 6,
    target: 2,
  },
  {
    competency: 'conflict_management',
    statement: 'Raise disagreements in the team early and calmly.',
    metric: 'Disagreements left open for more than a month',
    baseline: 3,
    target: 0,
  },
  {
    competency: 'strategic_thinking',
    statement: "Link the team's quarterly plan to the department's goals.",
    metric: 'Team objectives traced to a department goal (%)',
    baseline: 40,
    target: 90,
  },
  {
    competency: 'executive_presence',
    statement: 'Present the team’s results to senior leaders briefly and convincingly.',
    metric: 'Senior-leader reviews presented without a rehearsal with my manager',
    baseline: 0,
    target: 3,
  },
  {
    competency: 'communication_active_listening',
    statement: 'Listen to the end before replying in team meetings.',
    metric: 'Peer observations a month noting I interrupted',
    baseline: 5,
    target: 1,
  },
];

const comments = [
  'Keeps the team focused on what matters this quarter.',
  'Asks good questions before deciding.',
  'Is calm and fair when things go wrong.',
  'Gives clear, specific feedback.',
  'Could involve the team earlier in decisions.',
  'Could delegate more of the planning.',
];

// ---- Seeded randomness and calendar days ----------------------------------------------------

type Random = ReturnType<typeof randomFrom>;

function randomFrom(part: number) {
  const next = seededRandom(seed + part);
  const normal = (sd = 1) => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()) * sd;
  return {
    next,
    normal,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    shuffle<T>(items: readonly T[]): T[] {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy;
    },
    /** `n` normal deviations with mean exactly 0: the sample's true effect stays the constant. */
    centred(n: number, sd: number): number[] {
      const values = Array.from({ length: n }, () => normal(sd));
      const mean = values.reduce((sum, value) => sum + value, 0) / Math.max(1, n);
      return values.map((value) => value - mean);
    },
  };
}

const dayMs = 86_400_000;
const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (day: string, days: number) => isoDate(new Date(Date.parse(`${day}T00:00:00Z`) + days * dayMs));
const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** `2026-Q1` moved by `by` quarters. */
function shiftQuarter(quarter: string, by: number): string {
  const [year, q] = quarter.split('-Q').map(Number) as [number, number];
  const index = year * 4 + (q - 1) + by;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

// ---- Who takes part ------------------------------------------------------------------------

type Cast = {
  participants: DemoPerson[];
  coaches: DemoPerson[];
  /** High-potential people who left, with their last day; one of them a participant. */
  leavers: Map<number, string>;
  /** Rules the rater pools share: nobody with a login, in the circle or pilot, or gone. */
  canRate: (person: DemoPerson) => boolean;
  reportsOf: (person: DemoPerson) => DemoPerson[];
};

function chooseCast(
  all: DemoPerson[],
  input: { loginKeys: number[]; busyKeys: number[]; start: string; today: string },
): Cast {
  const random = randomFrom(1);
  const logins = new Set(input.loginKeys);
  const busy = new Set(input.busyKeys);
  const reports = new Map<number, DemoPerson[]>();
  for (const person of all) {
    if (person.managerKey !== null) reports.set(person.managerKey, [...(reports.get(person.managerKey) ?? []), person]);
  }
  const reportsOf = (person: DemoPerson) => reports.get(person.key) ?? [];
  // The demo logins' own screens stay as the other tests and the guided tour expect them: no login
  // takes part, nor anyone whose manager or direct report has one.
  const nearLogin = (person: DemoPerson) =>
    logins.has(person.key) ||
    (person.managerKey !== null && logins.has(person.managerKey)) ||
    reportsOf(person).some((report) => logins.has(report.key));
  const isFree = (person: DemoPerson) => !nearLogin(person) && !busy.has(person.key);
  const highPotentialFirst = (a: DemoPerson, b: DemoPerson) =>
    Number(b.isHighPotential) - Number(a.isHighPotential) || a.key - b.key;
  const leadsTeam = (person: DemoPerson) => reportsOf(person).length >= minimumTeamPulseResponses;

  const coaches = all
    .filter((p) => p.department === coachDepartment && isFree(p))
    .filter((p) => p.tier === 'senior_leader' || p.tier === 'middle_manager')
    .sort((a, b) => Number(a.tier !== 'senior_leader') - Number(b.tier !== 'senior_leader') || a.key - b.key)
    .slice(0, coachCount);
  // High-potential people first, so the retention section has enough of them; a fixed number of
  // team leaders, so both the participants and the comparison have enough pulse scores.
  const eligible = all
    .filter((p) => p.tier === 'frontline_manager' || p.tier === 'middle_manager')
    .filter((p) => p.department !== coachDepartment && isFree(p))
    .sort(highPotentialFirst);
  const withTeams = eligible.filter(leadsTeam).slice(0, participantsWithTeams);
  const participants = [
    ...withTeams,
    ...eligible.filter((p) => !leadsTeam(p)).slice(0, participantCount - withTeams.length),
  ];
  if (coaches.length < coachCount || participants.length < participantCount || withTeams.length < 5) {
    throw new Error('The demo organization has too few people for the outcomes showcase.');
  }

  // Leavers manage nobody (no team is left without its leader) and were there at the start; at
  // most one per team, so every team the pulse asks stays at five or more.
  const isParticipant = new Set(participants.map((p) => p.key));
  const canLeave = (p: DemoPerson) =>
    p.isHighPotential && reportsOf(p).length === 0 && p.hireDate <= input.start && !logins.has(p.key);
  const [participantLeaver] = random.shuffle(participants.filter(canLeave));
  const comparisonLeavers = random
    .shuffle(all.filter((p) => canLeave(p) && !isParticipant.has(p.key) && !busy.has(p.key) && !coaches.includes(p)))
    .filter((p, index, pool) => pool.findIndex((other) => other.managerKey === p.managerKey) === index)
    .slice(0, demoOutcomeEffects.leavers.comparison);
  if (!participantLeaver || comparisonLeavers.length < demoOutcomeEffects.leavers.comparison) {
    throw new Error('The demo organization has too few high-potential people for the outcomes showcase.');
  }
  const leavers = new Map<number, string>([[participantLeaver.key, addDays(addMonths(input.start, 7), 3)]]);
  comparisonLeavers.forEach((p, index) => {
    const day = addDays(addMonths(input.start, 2 + 2 * index), random.int(0, 20));
    leavers.set(p.key, day < input.today ? day : addDays(input.today, -7));
  });
  const canRate = (p: DemoPerson) => !logins.has(p.key) && !busy.has(p.key) && !leavers.has(p.key);
  return { participants, coaches, leavers, canRate, reportsOf };
}

// ---- The seed --------------------------------------------------------------------------------

type Seeding = {
  db: Database;
  orgId: string;
  programId: string;
  all: DemoPerson[];
  idOf: (person: DemoPerson | number) => string;
  cast: Cast;
  start: string;
  end: string;
  today: string;
  now: Date;
};

/**
 * Creates the "Emerging Leaders Coaching" program, running for a year, with a year of its data:
 * coaching, pre and post 360s, quarterly team pulses, readiness, leavers, business metrics and ROI.
 * Runs inside the demo's transaction.
 */
export async function seedDemoOutcomes(
  db: Database,
  input: {
    orgId: string;
    people: DemoPerson[];
    ids: string[];
    now: Date;
    sponsorKey: number;
    /** People with a demo login, and people the circle and the pilot use: left alone. */
    loginKeys: number[];
    busyKeys: number[];
  },
): Promise<{ programId: string; participants: number }> {
  const today = isoDate(input.now);
  const start = addMonths(today, -12);
  const end = addMonths(today, 6);
  const cast = chooseCast(input.people, { ...input, start, today });
  const idOf = (person: DemoPerson | number) => input.ids[typeof person === 'number' ? person : person.key]!;

  const program = await insertProgram(db, {
    orgId: input.orgId,
    name: demoOutcomeProgramName,
    type: 'coaching',
    purpose: 'high_potential_development',
    purposeDescription: null,
    targetTiers: ['frontline_manager', 'middle_manager'],
    sponsorPersonId: idOf(input.sponsorKey),
    startDate: start,
    endDate: end,
    sessionCadence: 'monthly',
    sessionFramework: 'grow',
    engagementMinMonths: 6,
    engagementMaxMonths: 18,
    matchingSettings: {},
    status: 'running',
    createdAt: at(addDays(start, -42), 10),
    updatedAt: at(start, 10),
  });
  await insertEnrollments(
    db,
    [
      ...cast.coaches.map((coach) => ({ person: coach, role: 'coach' as const, capacity: 6 })),
      ...cast.participants.map((person) => ({ person, role: 'participant' as const, capacity: null })),
    ].map(({ person, role, capacity }) => ({
      orgId: input.orgId,
      programId: program.id,
      personId: idOf(person),
      role,
      capacity,
      createdAt: at(start, 9),
    })),
  );
  const seeding: Seeding = {
    db,
    orgId: input.orgId,
    programId: program.id,
    all: input.people,
    idOf,
    cast,
    start,
    end,
    today,
    now: input.now,
  };

  for (const [key, exitDate] of cast.leavers) {
    await db
      .update(people)
      .set({ status: 'left', exitDate, updatedAt: at(exitDate, 17) })
      .where(and(eq(people.orgId, input.orgId), eq(people.id, idOf(key))));
  }
  await seedCoaching(seeding, idOf(input.sponsorKey));
  await seedFeedback(seeding);
  await seedTeamPulse(seeding);
  await seedReadiness(seeding);
  await seedBusinessOutcomes(seeding);
  await seedDemoFeedbackHabits(db, {
    orgId: input.orgId,
    all: input.people,
    participants: cast.participants,
    idOf,
    reportsOf: cast.reportsOf,
    start,
  });
  await db.insert(programRoiAssumptions).values({
    orgId: input.orgId,
    programId: program.id,
    assumptions: roiAssumptions,
    updatedAt: at(addDays(today, -14), 11),
  });
  return { programId: program.id, participants: cast.participants.length };
}

/** Inserts in batches, so no statement carries too many parameters. */
async function insertRows<Row>(rows: Row[], insert: (batch: Row[]) => Promise<unknown>): Promise<void> {
  for (let from = 0; from < rows.length; from += 500) await insert(rows.slice(from, from + 500));
}

/**
 * An active engagement per participant (ended early for the one who left), two goals agreed by
 * coach, leader and manager, a progress check each month with ratings rising by about a point,
 * and monthly sessions: most held, some cancelled, the next two scheduled.
 */
async function seedCoaching(s: Seeding, sponsorId: string): Promise<void> {
  const random = randomFrom(2);
  const { participants, coaches, leavers } = s.cast;
  // Latest minus first rating per goal: a shuffled pattern whose mean is exactly the known change.
  const pattern = [0, 1, 1, 2];
  const changes = random.shuffle(Array.from({ length: participants.length * 2 }, (_, i) => pattern[i % 4]!));
  const engagementRows: (typeof coachingEngagements.$inferInsert)[] = [];
  const goalRows: (typeof coachingGoals.$inferInsert)[] = [];
  const confirmationRows: (typeof coachingGoalConfirmations.$inferInsert)[] = [];
  const checkRows: (typeof coachingProgressChecks.$inferInsert)[] = [];
  const sessionRows: (typeof sessions.$inferInsert)[] = [];

  participants.forEach((leader, index) => {
    const coach = coaches[index % coaches.length]!;
    const exitDate = leavers.get(leader.key) ?? null;
    const id = randomUUID();
    engagementRows.push({
      id,
      orgId: s.orgId,
      programId: s.programId,
      origin: 'matching_run',
      matchingRunId: null,
      score: random.int(68, 91),
      reasons: ['Paired by the program team'],
      status: exitDate ? 'ended_early' : 'active',
      coachPersonId: s.idOf(coach),
      leaderPersonId: s.idOf(leader),
      managerPersonId: leader.managerKey === null ? null : s.idOf(leader.managerKey),
      sponsorPersonId: sponsorId,
      startDate: s.start,
      endDate: s.end,
      endReason: exitDate ? 'The leader left the organization.' : null,
      endedAt: exitDate ? at(exitDate, 17) : null,
      createdAt: at(s.start, 9),
      updatedAt: exitDate ? at(exitDate, 17) : at(addDays(s.start, 10), 12),
    });
    const goals = random
      .shuffle(goalCatalogue)
      .slice(0, 2)
      .map((goal, position) => ({
        ...goal,
        id: randomUUID(),
        position,
        first: random.int(1, 3),
        change: changes[index * 2 + position]!,
      }));
    for (const goal of goals) {
      goalRows.push({
        id: goal.id,
        orgId: s.orgId,
        engagementId: id,
        position: goal.position,
        statement: goal.statement,
        competency: goal.competency,
        metric: goal.metric,
        baseline: goal.baseline,
        target: goal.target,
        dueDate: s.end,
      });
    }
    const parties: ['coach' | 'leader' | 'manager', number][] = [
      ['coach', coach.key],
      ['leader', leader.key],
    ];
    if (leader.managerKey !== null) parties.push(['manager', leader.managerKey]);
    for (const [party, key] of parties) {
      confirmationRows.push({
        orgId: s.orgId,
        engagementId: id,
        party,
        personId: s.idOf(key),
        confirmedAt: at(addDays(s.start, 10), 12),
      });
    }
    // A check each month, as the program's cadence asks (the reminders job counts from the last
    // one), the last a few days ago: the rating climbs from first to first + change.
    for (let check = 1; check <= 12; check++) {
      const day = addDays(addMonths(s.start, check), -5);
      if (exitDate !== null && day >= exitDate) break;
      checkRows.push({
        orgId: s.orgId,
        engagementId: id,
        byPersonId: s.idOf(coach),
        checkedAt: at(day, 15),
        ratings: goals.map((goal) => {
          const rating = goal.first + Math.round((goal.change * (check - 1)) / 11);
          return { goalId: goal.id, statement: goal.statement, rating, evidence: evidenceFor(rating) };
        }),
      });
    }
    let future = 0;
    for (let month = 0; future < 2; month++) {
      const day = addDays(addMonths(s.start, month), 7);
      if (day >= s.end || (exitDate !== null && day >= exitDate)) break;
      const scheduledAt = at(day, random.int(8, 16));
      const isPast = scheduledAt < s.now;
      if (!isPast) future += 1;
      const status = !isPast ? 'scheduled' : random.next() < 0.1 ? 'cancelled' : 'held';
      const createdAt = new Date(Math.min(scheduledAt.getTime() - 14 * dayMs, s.now.getTime()));
      sessionRows.push({
        orgId: s.orgId,
        engagementId: id,
        scheduledAt,
        durationMinutes: 60,
        agenda: '',
        framework: 'grow',
        location: 'Video call',
        status,
        sequence: status === 'cancelled' ? 1 : 0,
        createdByPersonId: s.idOf(coach),
        createdAt,
        updatedAt: isPast ? scheduledAt : createdAt,
      });
    }
  });
  await s.db.insert(coachingEngagements).values(engagementRows);
  await s.db.insert(coachingGoals).values(goalRows);
  await s.db.insert(coachingGoalConfirmations).values(confirmationRows);
  await insertRows(checkRows, (batch) => s.db.insert(coachingProgressChecks).values(batch));
  await insertRows(sessionRows, (batch) => s.db.insert(sessions).values(batch));
}

function evidenceFor(rating: number): string {
  if (rating <= 2) return 'Early days: the new habit shows in some one-to-ones, not yet in meetings.';
  if (rating === 3) return 'Seen in most weeks, by the manager and in the team.';
  return 'Consistent for a quarter; the team has started to expect it.';
}

/**
 * The participant's raters, the same for pre and post: their manager, three peers, and three of
 * their direct reports (topped up with skip-level reports or colleagues as "others").
 */
function chooseRaters(s: Seeding, person: DemoPerson, random: Random): { key: number; group: RaterGroup }[] {
  const { canRate, reportsOf } = s.cast;
  const chosen = new Set<number>([person.key, person.managerKey ?? -1]);
  const take = (pool: DemoPerson[], count: number) => {
    const picked = random.shuffle(pool.filter((p) => canRate(p) && !chosen.has(p.key))).slice(0, count);
    for (const p of picked) chosen.add(p.key);
    return picked;
  };
  const sameTier = s.all.filter((p) => p.tier === person.tier);
  const peers = take(
    sameTier.filter((p) => p.department === person.department),
    3,
  );
  peers.push(...take(sameTier, 3 - peers.length));
  const directs = take(reportsOf(person), 3);
  const others = take(reportsOf(person).flatMap(reportsOf), 3 - directs.length);
  others.push(
    ...take(
      s.all.filter((p) => p.department === person.department),
      3 - directs.length - others.length,
    ),
  );
  return [
    { key: person.key, group: 'self' },
    ...(person.managerKey === null ? [] : [{ key: person.managerKey, group: 'manager' as const }]),
    ...peers.map((p) => ({ key: p.key, group: 'peers' as const })),
    ...directs.map((p) => ({ key: p.key, group: 'direct_reports' as const })),
    ...others.map((p) => ({ key: p.key, group: 'others' as const })),
  ];
}

/**
 * A closed pre 360 around the start and a closed post 360 a month ago for every participant (pre
 * only for the one who left). Each rater sees a participant at a level per competency around a
 * baseline of about 3.2; at post the level is higher by the known change on average.
 */
async function seedFeedback(s: Seeding): Promise<void> {
  const random = randomFrom(3);
  const { participants, leavers } = s.cast;
  const scales = leadership360.scales.map((scale) => scale.key);
  const items = leadership360.items.flatMap((item) => (item.kind === 'likert' ? [item] : []));
  const changes = random.centred(participants.length, 0.25).map((d) => demoOutcomeEffects.feedbackChange + d);
  const phases = [
    { phase: 'pre' as const, opened: addDays(s.start, -28), closesOn: addDays(s.start, -2) },
    { phase: 'post' as const, opened: addDays(s.today, -60), closesOn: addDays(s.today, -30) },
  ];
  const cycleRows: (typeof feedbackCycles.$inferInsert)[] = [];
  const raterRows: (typeof feedbackRaters.$inferInsert)[] = [];

  participants.forEach((person, index) => {
    const baseline = 3.2 + random.normal(0.3);
    const offsets = scales.map(() => random.normal(0.25));
    // Competencies improve by different amounts, the participant's mean by exactly their change.
    const scaleChanges = random.centred(scales.length, 0.1).map((d) => changes[index]! + d);
    const raters = chooseRaters(s, person, random).map((rater) => ({
      ...rater,
      // Self-ratings run high; they do not count in others' scores anyway.
      bias: rater.group === 'self' ? 0.3 + random.normal(0.2) : random.normal(0.25),
    }));
    for (const { phase, opened, closesOn } of phases) {
      if (phase === 'post' && leavers.has(person.key)) continue;
      const cycleId = randomUUID();
      cycleRows.push({
        id: cycleId,
        orgId: s.orgId,
        programId: s.programId,
        personId: s.idOf(person),
        phase,
        status: 'closed',
        instrumentKey: leadership360.key,
        instrumentVersion: leadership360.version,
        anonymityThreshold: minimumAnonymityThreshold,
        closesOn,
        createdAt: at(opened, 9),
        submittedAt: at(addDays(opened, 2), 10),
        approvedAt: at(addDays(opened, 3), 11),
        approvedByUserId: null,
        closedAt: at(addDays(closesOn, 1), 1),
      });
      for (const rater of raters) {
        const levels = scales.map(
          (_, k) =>
            baseline + offsets[k]! + rater.bias + (phase === 'post' ? scaleChanges[k]! : 0) + random.normal(0.15),
        );
        const answers: Record<string, number | string> = {};
        for (const item of items) {
          const point = clamp(Math.round(levels[scales.indexOf(item.scaleKey)]! + random.normal(0.5)), 1, 5);
          answers[item.key] = item.isReverseKeyed ? leadership360.likert.points + 1 - point : point;
        }
        if (rater.group !== 'self' && random.next() < 0.4) answers.keep_doing = comments[random.int(0, 3)]!;
        if (rater.group !== 'self' && random.next() < 0.3) answers.one_change = comments[random.int(4, 5)]!;
        const answeredAt = at(addDays(opened, random.int(4, 20)), random.int(8, 18));
        raterRows.push({
          orgId: s.orgId,
          cycleId,
          personId: s.idOf(rater.key),
          group: rater.group,
          invitedAt: at(addDays(opened, 3), 11),
          answers,
          answeredAt,
          submittedAt: answeredAt,
        });
      }
    }
  });
  await s.db.insert(feedbackCycles).values(cycleRows);
  await insertRows(raterRows, (batch) => s.db.insert(feedbackRaters).values(batch));
}

/**
 * Closed quarterly pulses from four quarters before the start's quarter to the last quarter before
 * today's (today's is left for an admin to open in the app: one survey per quarter). Every team
 * follows a common trend; participants' teams rise by the known difference after the start.
 */
async function seedTeamPulse(s: Seeding): Promise<void> {
  const random = randomFrom(4);
  const { participants, leavers, reportsOf } = s.cast;
  const startQuarter = quarterOf(s.start);
  const quarters: string[] = [];
  for (let quarter = shiftQuarter(startQuarter, -4); quarter < quarterOf(s.today); quarter = shiftQuarter(quarter, 1))
    quarters.push(quarter);
  const trend = quarters.map((_, index) => 0.04 * index + random.normal(0.04));
  const leaders = s.all.filter((p) => reportsOf(p).length > 0);
  const isParticipant = new Set(participants.map((p) => p.key));
  const treated = leaders.filter((p) => isParticipant.has(p.key));
  const effects = new Map(
    random
      .centred(treated.length, 0.1)
      .map((d, index) => [treated[index]!.key, demoOutcomeEffects.engagementDifference + d] as const),
  );
  const baselines = new Map(leaders.map((p) => [p.key, 3.55 + random.normal(0.3)]));
  const surveyRows: (typeof pulseSurveys.$inferInsert)[] = [];
  const resultRows: (typeof pulseResults.$inferInsert)[] = [];

  quarters.forEach((quarter, index) => {
    const [year, q] = quarter.split('-Q').map(Number) as [number, number];
    const opened = `${year}-${String(q * 3 - 1).padStart(2, '0')}-01`;
    const closesOn = addDays(opened, 14);
    const surveyId = randomUUID();
    // Teams as the app would find them when the survey opened: members who had not left yet.
    const teams = leaders
      .map((leader) => ({
        leader,
        size: reportsOf(leader).filter((p) => (leavers.get(p.key) ?? '9999') > opened).length,
      }))
      .filter((team) => team.size > 0);
    const asked = teams.filter((team) => team.size >= minimumTeamPulseResponses);
    surveyRows.push({
      id: surveyId,
      orgId: s.orgId,
      quarter,
      status: 'closed',
      instrumentKey: engagementPulse.key,
      instrumentVersion: engagementPulse.version,
      minimumResponses: minimumTeamPulseResponses,
      leadersTooSmall: teams.length - asked.length,
      openedAt: at(opened, 9),
      closesOn,
      closedAt: at(addDays(closesOn, 1), 0),
    });
    for (const { leader, size } of asked) {
      const effect = quarter > startQuarter ? (effects.get(leader.key) ?? 0) : 0;
      const score = baselines.get(leader.key)! + trend[index]! + effect + random.normal(0.07);
      resultRows.push({
        orgId: s.orgId,
        surveyId,
        leaderPersonId: s.idOf(leader),
        quarter,
        invited: size,
        responses: Math.max(minimumTeamPulseResponses, size - random.int(0, 1)),
        score: round(clamp(score, 1, 5), 2),
      });
    }
  });
  await s.db.insert(pulseSurveys).values(surveyRows);
  await insertRows(resultRows, (batch) => s.db.insert(pulseResults).values(batch));
}

/**
 * Readiness at the start for every participant (and the high-potential managers outside the
 * program), then "ready now" for a known share of each tier: frontline managers sooner.
 */
async function seedReadiness(s: Seeding): Promise<void> {
  const random = randomFrom(5);
  const { participants, leavers } = s.cast;
  const rows: (typeof readinessAssessments.$inferInsert)[] = [];
  const assess = (person: DemoPerson, readiness: (typeof readinessLevels)[number], assessedOn: string) =>
    rows.push({
      orgId: s.orgId,
      personId: s.idOf(person),
      readiness,
      assessedOn,
      assessorPersonId: person.managerKey === null ? null : s.idOf(person.managerKey),
      note: '',
      createdAt: at(assessedOn, 16),
    });
  const isParticipant = new Set(participants.map((p) => p.key));
  const others = s.all.filter(
    (p) =>
      p.isHighPotential &&
      !isParticipant.has(p.key) &&
      !leavers.has(p.key) &&
      s.cast.canRate(p) &&
      (p.tier === 'frontline_manager' || p.tier === 'middle_manager'),
  );
  for (const person of [...participants, ...others]) {
    const isFrontline = person.tier === 'frontline_manager';
    assess(person, random.next() < (isFrontline ? 0.7 : 0.4) ? 'ready_1_2_years' : 'ready_3_plus_years', s.start);
  }
  const months = { frontline_manager: [3, 8], middle_manager: [6, 11] } as const;
  for (const tier of ['frontline_manager', 'middle_manager'] as const) {
    const group = participants.filter((p) => p.tier === tier);
    const ready = random
      .shuffle(group.filter((p) => !leavers.has(p.key)))
      .slice(0, Math.round(demoOutcomeEffects.readyNow[tier] * group.length));
    for (const person of ready) {
      const day = addDays(addMonths(s.start, random.int(months[tier][0], months[tier][1])), random.int(0, 20));
      assess(person, 'ready_now', day < s.today ? day : addDays(s.today, -3));
    }
  }
  await s.db.insert(readinessAssessments).values(rows);
}

/**
 * Two business metrics per participant's team, measured at the start and a few days ago: voluntary
 * turnover (lower is better) and eNPS (higher is better), the latest values around the known means.
 */
async function seedBusinessOutcomes(s: Seeding): Promise<void> {
  const random = randomFrom(6);
  const [turnoverId, enpsId] = [randomUUID(), randomUUID()];
  await s.db.insert(programOutcomes).values([
    {
      id: turnoverId,
      orgId: s.orgId,
      programId: s.programId,
      position: 0,
      kind: 'business',
      name: 'Voluntary turnover in the team',
      unit: '% per year',
      baseline: 14,
      target: 10,
    },
    {
      id: enpsId,
      orgId: s.orgId,
      programId: s.programId,
      position: 1,
      kind: 'business',
      name: 'Team eNPS',
      unit: 'eNPS (−100 to 100)',
      baseline: 10,
      target: 25,
    },
  ]);
  const leaders = s.cast.participants.filter((p) => !s.cast.leavers.has(p.key));
  const turnover = random.centred(leaders.length, 2).map((d) => demoOutcomeEffects.turnoverLatest + d);
  const enps = random.centred(leaders.length, 9).map((d) => demoOutcomeEffects.enpsLatest + d);
  const measured = (outcomeId: string, leader: DemoPerson, measuredOn: string, value: number) => ({
    orgId: s.orgId,
    outcomeId,
    leaderPersonId: s.idOf(leader),
    measuredOn,
    value,
    createdAt: at(measuredOn, 10),
  });
  const latestOn = addDays(s.today, -10);
  await s.db
    .insert(outcomeMeasurements)
    .values(
      leaders.flatMap((leader, index) => [
        measured(turnoverId, leader, s.start, round(Math.max(0, 14 + random.normal(2.5)), 1)),
        measured(turnoverId, leader, latestOn, round(Math.max(0, turnover[index]!), 1)),
        measured(enpsId, leader, s.start, Math.round(10 + random.normal(8))),
        measured(enpsId, leader, latestOn, Math.round(clamp(enps[index]!, -100, 100))),
      ]),
    );
}
