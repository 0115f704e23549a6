// Part of `npm run bench:matching`: the product's path for a program — score every pair of a
// cohort with its reasons left out, solve, explain the chosen pairs (proposeMatches) — against the
// baseline of solving the same scored pairs alone, measured in the same run. Seeded synthetic people.
import { proposeMatches, type Partner } from '../src/domain/matching/propose/index.js';
import {
  defaultCoachingWeights,
  defaultHardRules,
  defaultMentoringWeights,
  mentoringScore,
  type MatchingPerson,
  type MentoringSettings,
  type Tier,
} from '../src/domain/matching/score/index.js';
import { solveAssignment, type CandidatePair } from '../src/domain/matching/solve/index.js';

const tiers: Tier[] = ['individual_contributor', 'frontline_manager', 'middle_manager', 'senior_leader', 'executive'];
const competencies = [
  'communication_active_listening',
  'emotional_intelligence',
  'decision_making',
  'strategic_thinking',
  'coaching_others',
  'executive_presence',
  'conflict_management',
];
const zones = ['Europe/Berlin', 'America/Toronto', 'Asia/Singapore', 'Europe/London', 'America/Los_Angeles'];
const functions = ['Technology', 'Commercial', 'Operations', 'Finance'];
const runs = Number(process.env.BENCH_MATCHING_RUNS ?? 3);

function createRandom(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 16_807) % 2_147_483_647) / 2_147_483_647;
}

function cohort(participants: number, mentors: number, seed: number) {
  const random = createRandom(seed);
  const person = (index: number, lowestTier: number): MatchingPerson => ({
    id: `person-${index}`,
    name: `Person ${index}`,
    tier: tiers[lowestTier + Math.floor(random() * 2)]!,
    function: functions[index % functions.length]!,
    industries: ['Aviation'],
    yearsOfExperience: Math.floor(random() * 30),
    timeZone: zones[index % zones.length]!,
    languages: index % 4 === 0 ? ['English', 'German'] : ['English'],
    developmentCompetencies: [competencies[index % 7]!, competencies[(index + 3) % 7]!],
    skills: competencies.map((skill) => ({ skill, level: 1 + Math.floor(random() * 5) })),
    // Every tenth person reports to a mentor, so the reporting-line rule has work to do.
    reportingChain: index % 10 === 0 ? [`person-${participants + (index % mentors)}`] : [],
  });
  return {
    participants: Array.from({ length: participants }, (_, i) => person(i, 0)),
    partners: Array.from({ length: mentors }, (_, j): Partner => ({
      person: person(participants + j, 2),
      capacity: 1 + (j % 5),
    })),
  };
}

const mentoring: MentoringSettings = {
  weights: defaultMentoringWeights,
  functionPreference: 'cross_functional',
  rules: defaultHardRules,
  menteeChoices: new Map(),
  mentorChoices: new Map(),
  competencyLabels: new Map(),
};
const at = new Date('2026-11-23T12:00:00Z');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

console.log('\nA program end to end: score every pair, solve, explain the chosen pairs (median of', runs, 'runs)');
console.log('cohort                  pairs      propose   solve alone   ratio   matched   heap MiB');
for (const [participants, mentors] of [
  [1_000, 200],
  [5_000, 1_000],
] as const) {
  const { participants: people, partners } = cohort(participants, mentors, 7);
  const proposeMs: number[] = [];
  const solveMs: number[] = [];
  let matched = 0;
  let heapMiB = 0;
  for (let run = 0; run < runs; run++) {
    let start = performance.now();
    const proposal = proposeMatches({
      settings: { kind: 'mentoring', mentoring, coachingWeights: defaultCoachingWeights },
      objective: 'max-participation',
      participants: people,
      partners,
      at,
    });
    proposeMs.push(performance.now() - start);
    matched = proposal.pairs.length;
    heapMiB = Math.max(heapMiB, process.memoryUsage().heapUsed / 1_048_576);
    // The baseline: the same allowed pairs and scores, scored beforehand, solved alone.
    const pairs: CandidatePair[] = [];
    for (const participant of people) {
      for (const partner of partners) {
        const score = mentoringScore(participant, partner.person, mentoring, at);
        if (score !== null) pairs.push({ mentee: participant.id, mentor: partner.person.id, score });
      }
    }
    start = performance.now();
    solveAssignment({
      mentees: people.map(({ id }) => ({ id })),
      mentors: partners.map(({ person, capacity }) => ({ id: person.id, capacity })),
      pairs,
      objective: 'max-participation',
    });
    solveMs.push(performance.now() - start);
  }
  const propose = median(proposeMs);
  const solve = median(solveMs);
  console.log(
    [
      `${participants.toLocaleString('en')} × ${mentors.toLocaleString('en')}`.padEnd(20),
      (participants * mentors).toLocaleString('en').padStart(9),
      `${Math.round(propose)} ms`.padStart(12),
      `${Math.round(solve)} ms`.padStart(13),
      `${(propose / solve).toFixed(1)}×`.padStart(7),
      String(matched).padStart(9),
      String(Math.round(heapMiB)).padStart(10),
    ].join(' '),
  );
}
