// Demo succession: key positions at the top of each department, successors whose readiness grew
// over the past year (so the bench has a trend), two positions left uncovered, and a blended
// program open to enrollment that a successor's gap can lead to.
import { defaultCompetencies } from '../../../domain/competencies/index.js';
import { addMonths } from '../../../domain/engagements/index.js';
import type { Database } from '../../db/client.js';
import { insertEnrollments, insertProgram, replaceOutcomes } from '../programs/index.js';
import { insertPosition, insertReadiness, insertSuccessor } from '../succession/index.js';
import type { DemoPerson } from './demo.people.js';

export const demoSuccessionProgramName = 'Succession Accelerator 2027';

type Readiness = 'ready_now' | 'ready_1_2_years' | 'ready_3_plus_years';

/** Per position: criticality, the incumbent's risk of leaving, and each successor's readiness marks (months ago). */
const plans: {
  criticality: 'critical' | 'high' | 'medium' | 'low';
  risk: 'high' | 'medium' | 'low';
  successors: { monthsAgo: number; readiness: Readiness }[][];
}[] = [
  {
    criticality: 'critical',
    risk: 'medium',
    successors: [
      [
        { monthsAgo: 10, readiness: 'ready_1_2_years' },
        { monthsAgo: 3, readiness: 'ready_now' },
      ],
      [{ monthsAgo: 10, readiness: 'ready_3_plus_years' }],
    ],
  },
  { criticality: 'critical', risk: 'high', successors: [[{ monthsAgo: 8, readiness: 'ready_now' }]] },
  { criticality: 'high', risk: 'high', successors: [] },
  {
    criticality: 'high',
    risk: 'low',
    successors: [
      [
        { monthsAgo: 9, readiness: 'ready_3_plus_years' },
        { monthsAgo: 2, readiness: 'ready_1_2_years' },
      ],
    ],
  },
  {
    criticality: 'medium',
    risk: 'medium',
    successors: [
      [
        { monthsAgo: 11, readiness: 'ready_1_2_years' },
        { monthsAgo: 5, readiness: 'ready_now' },
      ],
      [{ monthsAgo: 6, readiness: 'ready_1_2_years' }],
    ],
  },
];

export async function seedDemoSuccession(
  db: Database,
  input: {
    orgId: string;
    people: DemoPerson[];
    ids: string[];
    now: Date;
    sponsorKey: number;
    adminKey: number;
    coachKey: number;
    mentorKey: number;
  },
): Promise<void> {
  const today = input.now.toISOString().slice(0, 10);
  const idOf = (person: DemoPerson) => input.ids[person.key]!;
  const keys = defaultCompetencies.map((competency) => competency.key);
  const executives = input.people.filter((person) => person.tier === 'executive').slice(0, plans.length);
  const created = addMonths(today, -12);
  for (const [index, incumbent] of executives.entries()) {
    const plan = plans[index]!;
    const position = await insertPosition(db, {
      orgId: input.orgId,
      title: incumbent.title,
      incumbentPersonId: idOf(incumbent),
      criticality: plan.criticality,
      incumbentLeavingRisk: plan.risk,
      requiredCompetencies: [0, 3, 5].map((offset) => keys[(index + offset) % keys.length]!),
      createdOn: created,
      createdAt: input.now,
      updatedAt: input.now,
    });
    // Successors come from the level below, in the incumbent's own department (the CEO's from the executives).
    const candidates = input.people.filter((person) =>
      incumbent.managerKey === null
        ? person.tier === 'executive' && person.key !== incumbent.key
        : person.managerKey === incumbent.key && person.tier === 'senior_leader',
    );
    for (const [rank, marks] of plan.successors.entries()) {
      const person = candidates[rank];
      if (!person) continue;
      const addedOn = addMonths(today, -marks[0]!.monthsAgo);
      await insertSuccessor(db, {
        orgId: input.orgId,
        keyPositionId: position.id,
        personId: idOf(person),
        addedOn,
        createdAt: input.now,
      });
      for (const mark of marks) {
        await insertReadiness(db, {
          orgId: input.orgId,
          personId: idOf(person),
          keyPositionId: position.id,
          readiness: mark.readiness,
          assessedOn: addMonths(today, -mark.monthsAgo),
          assessorPersonId: input.ids[input.adminKey]!,
          note: '',
          createdAt: input.now,
        });
      }
    }
  }

  const program = await insertProgram(db, {
    orgId: input.orgId,
    name: demoSuccessionProgramName,
    type: 'blended',
    purpose: 'succession_pipeline',
    purposeDescription: 'Coaching and mentoring for the successors named for key positions.',
    targetTiers: ['middle_manager', 'senior_leader', 'executive'],
    sponsorPersonId: input.ids[input.sponsorKey]!,
    startDate: addMonths(today, 1),
    endDate: addMonths(today, 13),
    sessionCadence: 'monthly',
    sessionFramework: 'grow',
    matchingSettings: {},
    status: 'enrolling',
    createdAt: input.now,
    updatedAt: input.now,
  });
  await replaceOutcomes(db, input.orgId, program.id, [
    {
      kind: 'business',
      name: 'Key positions with a ready-now successor',
      unit: '% of key positions',
      baseline: 60,
      target: 80,
    },
  ]);
  await insertEnrollments(db, [
    {
      orgId: input.orgId,
      programId: program.id,
      personId: input.ids[input.coachKey]!,
      role: 'coach',
      capacity: 4,
      createdAt: input.now,
    },
    {
      orgId: input.orgId,
      programId: program.id,
      personId: input.ids[input.mentorKey]!,
      role: 'mentor',
      capacity: 3,
      createdAt: input.now,
    },
  ]);
}
