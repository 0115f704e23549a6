import type { DemoPerson } from './demo.people.js';

export type DemoEnrollment = { key: number; role: 'participant' | 'mentor' | 'coach'; capacity: number | null };

/** A demo program before it has database ids: its design, status, settings and who takes part. */
export type DemoProgram = {
  name: string;
  type: 'mentoring' | 'coaching';
  purpose: 'succession_pipeline' | 'onboarding_integration' | 'performance_gaps';
  targetTiers: DemoPerson['tier'][];
  status: 'matching' | 'running';
  sessionCadence: 'monthly' | 'biweekly';
  sessionFramework: 'five_cs' | 'grow';
  matchingSettings: Record<string, unknown>;
  outcome: { kind: 'behavioural' | 'business'; name: string; unit: string; baseline: number; target: number };
  enrollments: DemoEnrollment[];
  /** Coaching engagements already published, still to be agreed (status proposed). */
  engagements: { coachKey: number; leaderKey: number }[];
};

const mentorCapacity: Partial<Record<DemoPerson['tier'], number>> = {
  executive: 3,
  senior_leader: 4,
  middle_manager: 2,
};

/**
 * Two mentoring programs ready to match and a coaching pilot that is running:
 * - a bulk program with the whole organization: executives, senior leaders and top-rated middle
 *   managers mentor, everyone else is mentored — an admin runs, reviews and publishes it;
 * - a small self-service circle where new frontline managers ask one of four senior leaders,
 *   the demo participant and mentor logins among them;
 * - a coaching pilot in which the demo coach login coaches the demo participant (whose manager is
 *   the demo manager login), their engagement proposed and waiting for goals.
 */
export function planDemoPrograms(
  people: DemoPerson[],
  logins: { participantKey: number; mentorKey: number; coachKey: number },
): DemoProgram[] {
  const isMentor = (person: DemoPerson) =>
    person.key === logins.mentorKey ||
    (person.key !== logins.participantKey &&
      (person.tier === 'executive' ||
        person.tier === 'senior_leader' ||
        (person.tier === 'middle_manager' && person.performanceRating === 3)));
  const bulk: DemoProgram = {
    name: 'Leadership Mentoring 2027',
    type: 'mentoring',
    sessionCadence: 'monthly',
    sessionFramework: 'five_cs',
    engagements: [],
    purpose: 'succession_pipeline',
    targetTiers: ['middle_manager', 'frontline_manager', 'individual_contributor'],
    status: 'matching',
    matchingSettings: {},
    outcome: {
      kind: 'business',
      name: 'Key roles with a ready-now successor',
      unit: '% of key roles',
      baseline: 40,
      target: 65,
    },
    enrollments: people.map((person) =>
      isMentor(person)
        ? { key: person.key, role: 'mentor', capacity: mentorCapacity[person.tier] ?? 2 }
        : { key: person.key, role: 'participant', capacity: null },
    ),
  };
  const circleMentors = [
    logins.mentorKey,
    ...people
      .filter((person) => person.tier === 'senior_leader' && person.key !== logins.mentorKey)
      .slice(0, 3)
      .map((person) => person.key),
  ];
  const circleMentees = [
    logins.participantKey,
    ...people
      .filter((person) => person.tier === 'frontline_manager' && person.managerKey !== null)
      // Outside every circle mentor's reporting line, so each mentee may ask each mentor.
      .filter((person) => {
        const manager = person.managerKey!;
        const managersManager = people[manager]?.managerKey ?? null;
        return (
          !circleMentors.includes(manager) && (managersManager === null || !circleMentors.includes(managersManager))
        );
      })
      .slice(0, 9)
      .map((person) => person.key),
  ];
  const circle: DemoProgram = {
    name: 'New Manager Mentoring Circle',
    type: 'mentoring',
    sessionCadence: 'monthly',
    sessionFramework: 'five_cs',
    engagements: [],
    purpose: 'onboarding_integration',
    targetTiers: ['frontline_manager', 'middle_manager'],
    status: 'matching',
    matchingSettings: { mode: 'self_service' },
    outcome: {
      kind: 'behavioural',
      name: 'Team engagement under new managers',
      unit: 'engagement index (0–100)',
      baseline: 62,
      target: 70,
    },
    enrollments: [
      ...circleMentors.map((key): DemoEnrollment => ({ key, role: 'mentor', capacity: 3 })),
      ...circleMentees.map((key): DemoEnrollment => ({ key, role: 'participant', capacity: null })),
    ],
  };
  const coaching: DemoProgram = {
    name: 'Leadership Coaching Pilot',
    type: 'coaching',
    purpose: 'performance_gaps',
    targetTiers: ['middle_manager', 'senior_leader'],
    status: 'running',
    sessionCadence: 'biweekly',
    sessionFramework: 'grow',
    matchingSettings: {},
    outcome: {
      kind: 'behavioural',
      name: 'Coaching goals met at close-out',
      unit: '% of goals',
      baseline: 0,
      target: 80,
    },
    enrollments: [
      { key: logins.coachKey, role: 'coach', capacity: 4 },
      { key: logins.participantKey, role: 'participant', capacity: null },
    ],
    engagements: [{ coachKey: logins.coachKey, leaderKey: logins.participantKey }],
  };
  return [bulk, circle, coaching];
}
