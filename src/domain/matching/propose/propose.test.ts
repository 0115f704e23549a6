import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkHardRules,
  defaultCoachingWeights,
  defaultHardRules,
  defaultMentoringWeights,
  pairKey,
  scoreCoachingPair,
  tierRanks,
  type HardRules,
  type MatchingPerson,
  type MentoringFactor,
  type MentoringSettings,
  type PairKey,
  type PairScore,
  type Tier,
} from '../score/index.js';
import { solveAssignment, type MatchingObjective } from '../solve/index.js';
import {
  asCoach,
  checkPair,
  proposeMatches,
  type Partner,
  type Proposal,
  type ProposeInput,
  type ScoringSettings,
} from './propose.js';
import { pairWarnings } from './warnings.js';

const at = new Date('2026-01-15T12:00:00Z');

function person(overrides: Partial<MatchingPerson> & { id: string }): MatchingPerson {
  return {
    name: `${overrides.id} Person`,
    tier: 'middle_manager',
    function: 'Technology',
    industries: ['Aviation'],
    yearsOfExperience: 8,
    timeZone: 'Europe/Berlin',
    languages: ['English'],
    developmentCompetencies: [],
    skills: [],
    reportingChain: [],
    ...overrides,
  };
}

function mentoring(overrides: Partial<MentoringSettings> = {}): MentoringSettings {
  return {
    weights: defaultMentoringWeights,
    functionPreference: 'any',
    rules: defaultHardRules,
    menteeChoices: new Map(),
    mentorChoices: new Map(),
    competencyLabels: new Map([
      ['decision_making', 'Decision making'],
      ['strategic_thinking', 'Strategic thinking'],
    ]),
    ...overrides,
  };
}

function settings(
  kind: ScoringSettings['kind'] = 'mentoring',
  overrides: Partial<MentoringSettings> = {},
): ScoringSettings {
  return { kind, mentoring: mentoring(overrides), coachingWeights: defaultCoachingWeights };
}

const rules = (overrides: Partial<HardRules>): HardRules => ({ ...defaultHardRules, ...overrides });

/** Weights where only complementary fit counts: the score is 100 × the fit, easy to reason about. */
const fitOnly: Record<MentoringFactor, number> = {
  complementaryFit: 1,
  seniorityGap: 0,
  functionFit: 0,
  timeZoneOverlap: 0,
  sharedLanguage: 0,
  preferences: 0,
  profileFit: 0,
};

function propose(overrides: Partial<ProposeInput> & Pick<ProposeInput, 'participants' | 'partners'>): Proposal {
  return proposeMatches({ settings: settings(), objective: 'max-score', at, ...overrides });
}

/** Every feasible assignment of a small instance, tried one by one. */
function bruteForce(
  participants: readonly MatchingPerson[],
  partners: readonly Partner[],
  pairs: ReadonlyMap<string, number>,
  objective: MatchingObjective,
): { matched: number; total: number } {
  const left = new Map(partners.map((partner) => [partner.person.id, partner.capacity]));
  let best = { matched: -1, total: -Infinity };
  const visit = (index: number, matched: number, total: number) => {
    if (index === participants.length) {
      const isBetter =
        objective === 'max-participation'
          ? matched > best.matched || (matched === best.matched && total > best.total + 1e-9)
          : total > best.total + 1e-9;
      if (isBetter) best = { matched, total };
      return;
    }
    visit(index + 1, matched, total);
    for (const partner of partners) {
      const score = pairs.get(`${participants[index]!.id} ${partner.person.id}`);
      const places = left.get(partner.person.id)!;
      if (score === undefined || places <= 0) continue;
      left.set(partner.person.id, places - 1);
      visit(index + 1, matched + 1, total + score);
      left.set(partner.person.id, places);
    }
  };
  visit(0, 0, 0);
  return best;
}

/** The allowed pairs of an instance and their scores, as checkPair sees them. */
function allowedPairs(input: ProposeInput): Map<string, number> {
  const pairs = new Map<string, number>();
  for (const participant of input.participants) {
    for (const partner of input.partners) {
      const check = checkPair(participant, partner.person, input.settings, input.at);
      if (check.isAllowed) pairs.set(`${participant.id} ${partner.person.id}`, check.pair.score.score);
    }
  }
  return pairs;
}

function expectValidProposal(input: ProposeInput, proposal: Proposal) {
  const byId = new Map(input.participants.map((participant) => [participant.id, participant]));
  const partnerById = new Map(input.partners.map((partner) => [partner.person.id, partner]));
  // Everyone is either paired once or unmatched once.
  const paired = proposal.pairs.map((pair) => pair.participantId);
  expect(new Set(paired).size).toBe(paired.length);
  expect(
    [...paired, ...proposal.unmatched.map((entry) => entry.participantId)].sort((a, b) => a.localeCompare(b)),
  ).toEqual(input.participants.map((participant) => participant.id).sort((a, b) => a.localeCompare(b)));
  // Capacity.
  const load = new Map<string, number>();
  for (const pair of proposal.pairs) load.set(pair.partnerId, (load.get(pair.partnerId) ?? 0) + 1);
  for (const [partnerId, used] of load) expect(used).toBeLessThanOrEqual(partnerById.get(partnerId)!.capacity);
  // Hard rules, and each pair scored as checkPair scores it.
  for (const pair of proposal.pairs) {
    const participant = byId.get(pair.participantId)!;
    const partner = partnerById.get(pair.partnerId)!.person;
    expect(checkHardRules(participant, partner, input.settings.mentoring.rules, input.at)).toEqual([]);
    expect(participant.reportingChain[0]).not.toBe(partner.id);
    expect(input.settings.mentoring.rules.neverPairs.has(pairKey(participant.id, partner.id))).toBe(false);
    const check = checkPair(participant, partner, input.settings, input.at);
    expect(check.isAllowed).toBe(true);
    if (check.isAllowed) expect(pair).toEqual(check.pair);
  }
  const sum = proposal.pairs.reduce((total, pair) => total + pair.score.score, 0);
  expect(proposal.totalScore).toBeCloseTo(sum, 6);
}

describe('proposeMatches: optimal assignment', () => {
  const skills = ['decision_making', 'strategic_thinking', 'negotiation'];
  const tiers = Object.keys(tierRanks) as Tier[];
  const zones = ['Europe/Berlin', 'Europe/London', 'America/New_York', 'Asia/Singapore'];

  const personArb = (id: string, managerIds: string[]) =>
    fc
      .record({
        tier: fc.constantFrom(...tiers),
        function: fc.constantFrom('Technology', 'Finance', ''),
        yearsOfExperience: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
        timeZone: fc.constantFrom(...zones),
        languages: fc.subarray(['English', 'German', 'Spanish']),
        developmentCompetencies: fc.subarray(skills),
        levels: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: skills.length, maxLength: skills.length }),
        manager: fc.option(fc.constantFrom(...managerIds), { nil: undefined }),
      })
      .map(({ levels, manager, ...rest }): MatchingPerson =>
        person({
          id,
          ...rest,
          skills: skills.map((skill, index) => ({ skill, level: levels[index]! })).filter((entry) => entry.level > 0),
          reportingChain: manager === undefined ? [] : [manager],
        }),
      );

  const instanceArb = fc
    .record({
      participantCount: fc.integer({ min: 0, max: 5 }),
      partnerCount: fc.integer({ min: 0, max: 3 }),
      kind: fc.constantFrom<ScoringSettings['kind']>('mentoring', 'coaching'),
      objective: fc.constantFrom<MatchingObjective>('max-score', 'max-participation'),
      functionPreference: fc.constantFrom<MentoringSettings['functionPreference']>('same', 'cross_functional', 'any'),
    })
    .chain(({ participantCount, partnerCount, kind, objective, functionPreference }) => {
      const participantIds = Array.from({ length: participantCount }, (_, index) => `p${index}`);
      const partnerIds = Array.from({ length: partnerCount }, (_, index) => `m${index}`);
      const managers = [...partnerIds, 'outsider'];
      const allKeys = participantIds.flatMap((p) => partnerIds.map((m) => pairKey(p, m)));
      return fc.record({
        participants: fc.tuple(...participantIds.map((id) => personArb(id, managers))),
        partners: fc.tuple(
          ...partnerIds.map((id) =>
            fc.record({
              person: personArb(id, [...participantIds, 'outsider']),
              capacity: fc.integer({ min: 0, max: 2 }),
            }),
          ),
        ),
        neverPairs: allKeys.length
          ? fc.subarray(allKeys, { maxLength: Math.min(3, allKeys.length) })
          : fc.constant([] as PairKey[]),
        kind: fc.constant(kind),
        objective: fc.constant(objective),
        functionPreference: fc.constant(functionPreference),
      });
    })
    .map(({ participants, partners, neverPairs, kind, objective, functionPreference }): ProposeInput => ({
      settings: settings(kind, { functionPreference, rules: rules({ neverPairs: new Set(neverPairs) }) }),
      objective,
      participants: [...participants],
      partners: [...partners],
      at,
    }));

  it('matches the brute-force optimum and respects capacity and hard rules on small instances', () => {
    fc.assert(
      fc.property(instanceArb, (input) => {
        const proposal = proposeMatches(input);
        expectValidProposal(input, proposal);
        const pairs = allowedPairs(input);
        const best = bruteForce(input.participants, input.partners, pairs, input.objective);
        expect(proposal.totalScore).toBeCloseTo(best.total, 6);
        if (input.objective === 'max-participation') expect(proposal.pairs).toHaveLength(best.matched);
        // Only pairs with a partner with places count as candidates.
        const open = new Set(input.partners.filter((p) => p.capacity > 0).map((p) => p.person.id));
        expect(proposal.candidatePairs).toBe([...pairs.keys()].filter((key) => open.has(key.split(' ')[1]!)).length);
        for (const entry of proposal.unmatched) expect(entry.reason.length).toBeGreaterThan(10);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same total as solveAssignment on the same scored pairs', () => {
    const participants = Array.from({ length: 8 }, (_, index) =>
      person({
        id: `p${index}`,
        tier: index % 2 ? 'frontline_manager' : 'individual_contributor',
        yearsOfExperience: index,
        developmentCompetencies: index % 3 ? ['decision_making'] : ['strategic_thinking', 'negotiation'],
        timeZone: index % 4 ? 'Europe/Berlin' : 'America/New_York',
      }),
    );
    const partners: Partner[] = Array.from({ length: 4 }, (_, index) => ({
      person: person({
        id: `m${index}`,
        tier: index % 2 ? 'senior_leader' : 'middle_manager',
        yearsOfExperience: 10 + 3 * index,
        skills: [
          { skill: 'decision_making', level: 2 + index },
          { skill: 'strategic_thinking', level: 5 - index },
        ],
        timeZone: index === 3 ? 'Asia/Singapore' : 'Europe/London',
      }),
      capacity: index === 0 ? 1 : 2,
    }));
    for (const objective of ['max-score', 'max-participation'] as const) {
      const input: ProposeInput = { settings: settings(), objective, participants, partners, at };
      const proposal = proposeMatches(input);
      expectValidProposal(input, proposal);
      const pairs = allowedPairs(input);
      const direct = solveAssignment({
        mentees: participants.map(({ id }) => ({ id })),
        mentors: partners.map((partner) => ({ id: partner.person.id, capacity: partner.capacity })),
        pairs: [...pairs].map(([key, score]) => {
          const [mentee, mentor] = key.split(' ') as [string, string];
          return { mentee, mentor, score };
        }),
        objective,
      });
      expect(proposal.totalScore).toBeCloseTo(direct.totalScore, 6);
      expect(proposal.pairs).toHaveLength(direct.assignments.length);
      expect(proposal.candidatePairs).toBe(pairs.size);
      // Seven places for eight people: one is left out.
      expect(proposal.pairs).toHaveLength(7);
    }
  });

  it('puts each participant with the partner that fits them when there is no contention', () => {
    const ana = person({ id: 'ana', developmentCompetencies: ['decision_making'], skills: [] });
    const ben = person({ id: 'ben', developmentCompetencies: ['strategic_thinking'], skills: [] });
    const decider = person({ id: 'decider', skills: [{ skill: 'decision_making', level: 5 }] });
    const strategist = person({ id: 'strategist', skills: [{ skill: 'strategic_thinking', level: 5 }] });
    const proposal = propose({
      settings: settings('mentoring', { weights: fitOnly }),
      participants: [ana, ben],
      partners: [
        { person: decider, capacity: 1 },
        { person: strategist, capacity: 1 },
      ],
    });
    expect(proposal.pairs.map((pair) => [pair.participantId, pair.partnerId, pair.score.score])).toEqual([
      ['ana', 'decider', 100],
      ['ben', 'strategist', 100],
    ]);
    expect(proposal.totalScore).toBe(200);
    expect(proposal.unmatched).toEqual([]);
  });
});

describe('proposeMatches: capacity and hard rules', () => {
  const star = person({
    id: 'star',
    tier: 'senior_leader',
    yearsOfExperience: 16,
    skills: [
      { skill: 'decision_making', level: 5 },
      { skill: 'strategic_thinking', level: 5 },
    ],
  });
  const plain = person({ id: 'plain', tier: 'middle_manager', skills: [{ skill: 'decision_making', level: 2 }] });
  const mentees = Array.from({ length: 5 }, (_, index) =>
    person({
      id: `e${index}`,
      tier: 'frontline_manager',
      yearsOfExperience: 3,
      developmentCompetencies: ['decision_making', 'strategic_thinking'],
    }),
  );

  it('never gives a partner more participants than their places', () => {
    const proposal = propose({
      participants: mentees,
      partners: [
        { person: star, capacity: 2 },
        { person: plain, capacity: 1 },
      ],
      objective: 'max-participation',
    });
    const counts = new Map<string, number>();
    for (const pair of proposal.pairs) counts.set(pair.partnerId, (counts.get(pair.partnerId) ?? 0) + 1);
    expect(counts.get('star')).toBe(2);
    expect(counts.get('plain')).toBe(1);
    expect(proposal.pairs).toHaveLength(3);
    expect(proposal.unmatched).toHaveLength(2);
  });

  it('leaves out partners with no places left', () => {
    const proposal = propose({
      participants: mentees.slice(0, 2),
      partners: [
        { person: star, capacity: 0 },
        { person: plain, capacity: 2 },
      ],
    });
    expect(proposal.pairs.map((pair) => pair.partnerId)).toEqual(['plain', 'plain']);
    expect(proposal.candidatePairs).toBe(2);
  });

  it('never proposes a participant their own manager, however good the fit', () => {
    const reports = mentees.map((mentee) => ({ ...mentee, reportingChain: ['star', 'ceo'] }));
    const proposal = propose({
      participants: reports,
      partners: [
        { person: star, capacity: 5 },
        { person: plain, capacity: 5 },
      ],
    });
    expect(proposal.pairs).toHaveLength(5);
    for (const pair of proposal.pairs) expect(pair.partnerId).toBe('plain');
  });

  it('does not propose a partner whose manager is the participant', () => {
    const boss = person({ id: 'boss', developmentCompetencies: ['decision_making'] });
    const report = { ...star, reportingChain: ['boss'] };
    const proposal = propose({
      participants: [boss],
      partners: [
        { person: report, capacity: 1 },
        { person: plain, capacity: 1 },
      ],
    });
    expect(proposal.pairs.map((pair) => pair.partnerId)).toEqual(['plain']);
  });

  it('keeps pairs on the never-pair list apart', () => {
    const neverPairs = new Set(mentees.map((mentee) => pairKey(mentee.id, 'star')));
    const proposal = propose({
      settings: settings('mentoring', { rules: rules({ neverPairs }) }),
      participants: mentees,
      partners: [
        { person: star, capacity: 5 },
        { person: plain, capacity: 5 },
      ],
    });
    expect(proposal.pairs).toHaveLength(5);
    expect(proposal.pairs.every((pair) => pair.partnerId === 'plain')).toBe(true);
  });
});

describe('proposeMatches: why someone is left unmatched', () => {
  const mentee = person({ id: 'dana', developmentCompetencies: ['decision_making'] });
  const mentor = person({ id: 'mia', tier: 'senior_leader', skills: [{ skill: 'decision_making', level: 5 }] });

  it('says no mentor has a place when there are no partners', () => {
    const proposal = propose({ participants: [mentee], partners: [] });
    expect(proposal.pairs).toEqual([]);
    expect(proposal.unmatched).toEqual([{ participantId: 'dana', reason: 'No mentor has a place left.' }]);
    expect(proposal.totalScore).toBe(0);
    expect(proposal.candidatePairs).toBe(0);
  });

  it('says no coach has a place when every coach is full', () => {
    const proposal = propose({
      settings: settings('coaching'),
      participants: [mentee],
      partners: [{ person: mentor, capacity: 0 }],
    });
    expect(proposal.unmatched).toEqual([{ participantId: 'dana', reason: 'No coach has a place left.' }]);
  });

  it('names the hard rule when every partner is blocked', () => {
    const report = { ...mentee, reportingChain: ['mia'] };
    const proposal = propose({ participants: [report], partners: [{ person: mentor, capacity: 1 }] });
    expect(proposal.unmatched).toHaveLength(1);
    const { reason } = proposal.unmatched[0]!;
    expect(reason).toMatch(/^No mentor with a place left is allowed/);
    expect(reason).toContain('direct manager');
  });

  it('names the most common rules, at most two, when several block', () => {
    const other = person({ id: 'otto', tier: 'senior_leader' });
    const third = person({ id: 'tess', tier: 'senior_leader' });
    const report = { ...mentee, reportingChain: ['mia', 'otto'] };
    const proposal = propose({
      settings: settings('mentoring', {
        rules: rules({ neverPairs: new Set([pairKey('dana', 'otto'), pairKey('dana', 'tess')]) }),
      }),
      participants: [report],
      partners: [
        { person: mentor, capacity: 1 },
        { person: other, capacity: 1 },
        { person: third, capacity: 1 },
      ],
    });
    const { reason } = proposal.unmatched[0]!;
    // never-pair blocks twice, the direct manager and the manager's manager once each.
    expect(reason).toBe(
      'No mentor with a place left is allowed: on the never-pair list; in the same reporting line (direct manager).',
    );
  });

  it('uses the coach word and still applies the reporting line in coaching', () => {
    const report = { ...mentee, reportingChain: ['mia'] };
    const proposal = propose({
      settings: settings('coaching'),
      participants: [report],
      partners: [{ person: mentor, capacity: 1 }],
    });
    expect(proposal.pairs).toEqual([]);
    expect(proposal.unmatched[0]!.reason).toMatch(/^No coach with a place left is allowed: .*direct manager/);
  });

  it('says every allowed partner’s places went to others under max-participation', () => {
    const second = person({ id: 'sam', developmentCompetencies: ['decision_making'] });
    const proposal = propose({
      objective: 'max-participation',
      participants: [mentee, second],
      partners: [{ person: mentor, capacity: 1 }],
    });
    expect(proposal.pairs).toHaveLength(1);
    expect(proposal.unmatched).toHaveLength(1);
    expect(proposal.unmatched[0]!.reason).toBe("Every allowed mentor's places went to others.");
  });

  // ana fits m1 perfectly (100) and m2 poorly (25); ben may only take m1 and fits it poorly (25).
  const ana = person({ id: 'ana', developmentCompetencies: ['decision_making'] });
  const ben = person({ id: 'ben', developmentCompetencies: ['strategic_thinking'], reportingChain: ['m2'] });
  const m1 = person({
    id: 'm1',
    skills: [
      { skill: 'decision_making', level: 5 },
      { skill: 'strategic_thinking', level: 2 },
    ],
  });
  const m2 = person({ id: 'm2', skills: [{ skill: 'decision_making', level: 2 }] });
  const contested = (objective: MatchingObjective) =>
    propose({
      settings: settings('mentoring', { weights: fitOnly }),
      objective,
      participants: [ana, ben],
      partners: [
        { person: m1, capacity: 1 },
        { person: m2, capacity: 1 },
      ],
    });

  it('matches more people under max-participation than max-score can', () => {
    const byScore = contested('max-score');
    const byParticipation = contested('max-participation');
    expect(byScore.pairs.map((pair) => [pair.participantId, pair.partnerId])).toEqual([['ana', 'm1']]);
    expect(byScore.totalScore).toBe(100);
    expect(byParticipation.pairs.map((pair) => [pair.participantId, pair.partnerId])).toEqual([
      ['ana', 'm2'],
      ['ben', 'm1'],
    ]);
    expect(byParticipation.totalScore).toBe(50);
    expect(byParticipation.unmatched).toEqual([]);
    expect(byParticipation.pairs.length).toBeGreaterThan(byScore.pairs.length);
  });

  it('suggests max-participation when max-score left someone out for the total', () => {
    expect(contested('max-score').unmatched).toEqual([
      {
        participantId: 'ben',
        reason: 'Leaving them out gave a higher total score; try the max-participation objective.',
      },
    ]);
  });
});

describe('coaching', () => {
  it('reads a coach from a directory entry: specialties rated 4 or 5, tiers up to one above', () => {
    const coach = asCoach(
      person({
        id: 'cora',
        name: 'Cora Lee',
        tier: 'middle_manager',
        timeZone: 'Europe/London',
        languages: ['English', 'French'],
        skills: [
          { skill: 'decision_making', level: 5 },
          { skill: 'strategic_thinking', level: 4 },
          { skill: 'negotiation', level: 3 },
          { skill: 'listening', level: 1 },
        ],
      }),
    );
    expect(coach).toEqual({
      id: 'cora',
      name: 'Cora Lee',
      timeZone: 'Europe/London',
      languages: ['English', 'French'],
      specialties: ['decision_making', 'strategic_thinking'],
      clientTiers: ['individual_contributor', 'frontline_manager', 'middle_manager', 'senior_leader'],
    });
  });

  it('lets an executive coach every tier and an individual contributor only up to frontline managers', () => {
    expect(asCoach(person({ id: 'x', tier: 'executive' })).clientTiers).toEqual(Object.keys(tierRanks));
    expect(asCoach(person({ id: 'y', tier: 'individual_contributor' })).clientTiers).toEqual([
      'individual_contributor',
      'frontline_manager',
    ]);
    expect(asCoach(person({ id: 'z', skills: [{ skill: 'a', level: 3 }] })).specialties).toEqual([]);
  });

  it('scores coaching pairs with scoreCoachingPair on the coach read by asCoach', () => {
    const leader = person({
      id: 'lena',
      tier: 'senior_leader',
      developmentCompetencies: ['decision_making', 'strategic_thinking'],
    });
    const coachPerson = person({
      id: 'carl',
      tier: 'middle_manager',
      timeZone: 'America/New_York',
      skills: [
        { skill: 'decision_making', level: 5 },
        { skill: 'strategic_thinking', level: 3 },
      ],
    });
    const scoring = settings('coaching');
    const check = checkPair(leader, coachPerson, scoring, at);
    expect(check.isAllowed).toBe(true);
    if (!check.isAllowed) return;
    const expected = scoreCoachingPair(
      leader,
      asCoach(coachPerson),
      defaultCoachingWeights,
      scoring.mentoring.competencyLabels,
      at,
    );
    expect(check.pair.score).toEqual(expected);
    expect(check.pair.score.factors.map((factor) => factor.factor)).toEqual([
      'specialtyFit',
      'clientSeniority',
      'sharedLanguage',
      'timeZoneOverlap',
    ]);
    expect(check.pair.score.factors.find((factor) => factor.factor === 'specialtyFit')!.value).toBe(0.5);
    // A middle manager coaches up to senior leaders.
    expect(check.pair.score.factors.find((factor) => factor.factor === 'clientSeniority')!.value).toBe(1);

    const proposal = proposeMatches({
      settings: scoring,
      objective: 'max-score',
      participants: [leader],
      partners: [{ person: coachPerson, capacity: 1 }],
      at,
    });
    expect(proposal.pairs).toEqual([check.pair]);
  });

  it('uses the coaching weights, not the mentoring ones', () => {
    const leader = person({ id: 'lena', developmentCompetencies: ['decision_making'] });
    const coachPerson = person({ id: 'carl', skills: [{ skill: 'decision_making', level: 4 }] });
    const scoring: ScoringSettings = {
      ...settings('coaching'),
      coachingWeights: { specialtyFit: 1, clientSeniority: 0, sharedLanguage: 0, timeZoneOverlap: 0 },
    };
    const check = checkPair(leader, coachPerson, scoring, at);
    if (!check.isAllowed) throw new Error('blocked');
    expect(check.pair.score.score).toBe(100);
  });
});

describe('checkPair', () => {
  const mentee = person({
    id: 'dana',
    tier: 'frontline_manager',
    developmentCompetencies: ['decision_making'],
    reportingChain: ['lead', 'director'],
  });

  it('returns the hard rules a forbidden pair breaks', () => {
    expect(checkPair(mentee, person({ id: 'lead' }), settings(), at)).toEqual({
      isAllowed: false,
      blockedBy: ['in the same reporting line (direct manager)'],
    });
    expect(checkPair(mentee, person({ id: 'director' }), settings('coaching'), at)).toEqual({
      isAllowed: false,
      blockedBy: ["in the same reporting line (manager's manager)"],
    });
    const never = settings('mentoring', { rules: rules({ neverPairs: new Set([pairKey('dana', 'x')]) }) });
    expect(checkPair(mentee, person({ id: 'x' }), never, at)).toEqual({
      isAllowed: false,
      blockedBy: ['on the never-pair list'],
    });
    expect(checkPair(mentee, mentee, settings(), at)).toEqual({ isAllowed: false, blockedBy: ['the same person'] });
  });

  it('scores an allowed pair and warns about its weak factors', () => {
    const far = person({
      id: 'far',
      tier: 'senior_leader',
      timeZone: 'Pacific/Auckland',
      languages: ['Japanese'],
      skills: [{ skill: 'decision_making', level: 5 }],
    });
    const check = checkPair(mentee, far, settings(), at);
    expect(check.isAllowed).toBe(true);
    if (!check.isAllowed) return;
    expect(check.pair.participantId).toBe('dana');
    expect(check.pair.partnerId).toBe('far');
    expect(check.pair.warnings).toContain('No shared language');
    expect(check.pair.warnings).toContain('Working hours barely overlap');
    expect(check.pair.warnings).not.toContain('Little strength where the mentee wants to grow');
    expect(check.pair.warnings).toEqual(pairWarnings(check.pair.score, settings()));
  });

  it('gives a strong pair no warnings', () => {
    const good = person({
      id: 'good',
      tier: 'middle_manager',
      yearsOfExperience: 14,
      skills: [{ skill: 'decision_making', level: 5 }],
    });
    const check = checkPair({ ...mentee, yearsOfExperience: 4 }, good, settings(), at);
    if (!check.isAllowed) throw new Error('blocked');
    expect(check.pair.score.score).toBeGreaterThanOrEqual(40);
    expect(check.pair.warnings).toEqual([]);
  });
});

describe('pairWarnings', () => {
  const score = (total: number, factors: [string, number, number][]): PairScore<string> => ({
    score: total,
    factors: factors.map(([factor, value, weight]) => ({ factor, value, weight, points: 0, reason: null })),
    reasons: [],
  });

  it('flags a score below 40, and not 40 itself', () => {
    expect(pairWarnings(score(12.4, []), settings())).toEqual(['Low score (12 of 100)']);
    expect(pairWarnings(score(0, []), settings())).toEqual(['Low score (0 of 100)']);
    expect(pairWarnings(score(40, []), settings())).toEqual([]);
    expect(pairWarnings(score(85, []), settings())).toEqual([]);
  });

  it('never shows the threshold itself as a low score', () => {
    const [warning] = pairWarnings(score(39.6, []), settings());
    expect(warning).toMatch(/^Low score \((\d+) of 100\)$/);
    expect(Number(/\((\d+) of/.exec(warning!)![1])).toBeLessThan(40);
  });

  it('warns about factors that count and are weak, below 0.35', () => {
    const result = pairWarnings(
      score(70, [
        ['complementaryFit', 0.1, 35],
        ['seniorityGap', 0.34, 20],
        ['timeZoneOverlap', 0.35, 10],
        ['sharedLanguage', 0, 10],
        ['preferences', 0.9, 10],
      ]),
      settings(),
    );
    expect(result).toEqual([
      'Little strength where the mentee wants to grow',
      'Seniority gap too small or too large',
      'No shared language',
    ]);
  });

  it('says nothing about a factor weighed to zero', () => {
    expect(
      pairWarnings(
        score(70, [
          ['sharedLanguage', 0, 0],
          ['timeZoneOverlap', 0, 0],
        ]),
        settings(),
      ),
    ).toEqual([]);
  });

  it('puts the low score first, then the factors', () => {
    expect(
      pairWarnings(
        score(20, [
          ['timeZoneOverlap', 0, 10],
          ['preferences', 0.2, 10],
        ]),
        settings(),
      ),
    ).toEqual(['Low score (20 of 100)', 'Working hours barely overlap', 'Not among either side’s choices']);
  });

  it('words the function warning after the program’s preference', () => {
    const weak = score(70, [['functionFit', 0, 15]]);
    expect(pairWarnings(weak, settings('mentoring', { functionPreference: 'cross_functional' }))).toEqual([
      'Same function, though the program asks for cross-functional pairs',
    ]);
    expect(pairWarnings(weak, settings('mentoring', { functionPreference: 'same' }))).toEqual([
      'Different function and industry, though the program asks for the same',
    ]);
  });

  it('has words for the coaching factors and ignores unknown ones', () => {
    expect(
      pairWarnings(
        score(50, [
          ['specialtyFit', 0, 50],
          ['clientSeniority', 0.3, 20],
          ['somethingNew', 0, 10],
        ]),
        settings('coaching'),
      ),
    ).toEqual([
      'The coach does not specialise in what the leader must build',
      'The coach does not usually coach leaders at this tier',
    ]);
  });
});
