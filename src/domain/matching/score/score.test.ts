import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MatchingCoach, MatchingPerson } from './candidates.js';
import { checkHardRules, defaultHardRules, isPairAllowed, pairKey, type HardRules } from './hard-rules.js';
import {
  coachingScore,
  defaultCoachingWeights,
  defaultMentoringWeights,
  mentoringScore,
  scoreCoachingPair,
  scoreMentoringPair,
  type FunctionPreference,
  type MentoringSettings,
} from './score.js';
import { hoursApart, utcOffsetMinutes, workingHoursOverlap } from './time-zones.js';

const winter = new Date('2026-01-15T12:00:00Z');
const summer = new Date('2026-07-15T12:00:00Z');

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

function settings(overrides: Partial<MentoringSettings> = {}): MentoringSettings {
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

function allowedScore(verdict: ReturnType<typeof scoreMentoringPair>) {
  if (!verdict.isAllowed) throw new Error(`blocked: ${verdict.blockedBy.join(', ')}`);
  return verdict.score;
}

const mentee = person({
  id: 'dana',
  name: 'Dana Kim',
  tier: 'frontline_manager',
  yearsOfExperience: 5,
  developmentCompetencies: ['decision_making', 'strategic_thinking'],
  skills: [{ skill: 'decision_making', level: 1 }],
  reportingChain: ['lead', 'director'],
});

describe('time zones', () => {
  it('knows daylight saving', () => {
    expect(utcOffsetMinutes('Europe/Berlin', winter)).toBe(60);
    expect(utcOffsetMinutes('Europe/Berlin', summer)).toBe(120);
    expect(utcOffsetMinutes('Asia/Kolkata', winter)).toBe(330);
  });

  it('measures working-hour overlap and distance the short way round', () => {
    expect(workingHoursOverlap('Europe/Berlin', 'Europe/London', winter)).toBe(7);
    expect(workingHoursOverlap('Europe/Berlin', 'Asia/Singapore', winter)).toBe(1);
    expect(workingHoursOverlap('America/Los_Angeles', 'Asia/Singapore', winter)).toBe(0);
    expect(hoursApart('Pacific/Auckland', 'America/Los_Angeles', winter)).toBe(3);
  });
});

describe('mentoring scores', () => {
  it('ranks a mentor strong exactly where the mentee is weak above one who is not', () => {
    const expert = person({
      id: 'eve',
      tier: 'senior_leader',
      yearsOfExperience: 15,
      skills: [
        { skill: 'decision_making', level: 5 },
        { skill: 'strategic_thinking', level: 5 },
      ],
    });
    const generalist = person({
      id: 'gus',
      tier: 'senior_leader',
      yearsOfExperience: 15,
      skills: [{ skill: 'negotiation', level: 5 }],
    });
    const strong = allowedScore(scoreMentoringPair(mentee, expert, settings(), winter));
    const weak = allowedScore(scoreMentoringPair(mentee, generalist, settings(), winter));
    expect(strong.score).toBeGreaterThan(weak.score);
    expect(strong.factors.find((factor) => factor.factor === 'complementaryFit')!.value).toBe(1);
    expect(strong.reasons[0]).toBe('Strong in decision making and strategic thinking, which Dana wants to build');
  });

  it('prefers a healthy seniority gap to none or a huge one, and never a junior mentor', () => {
    const value = (mentor: MatchingPerson) =>
      allowedScore(scoreMentoringPair(mentee, mentor, settings(), winter)).factors.find(
        (factor) => factor.factor === 'seniorityGap',
      )!.value;
    const twoUp = value(person({ id: 'a', tier: 'senior_leader', yearsOfExperience: 14 }));
    const peer = value(person({ id: 'b', tier: 'frontline_manager', yearsOfExperience: 6 }));
    const ceo = value(person({ id: 'c', tier: 'executive', yearsOfExperience: 30 }));
    const junior = value(person({ id: 'd', tier: 'individual_contributor', yearsOfExperience: 2 }));
    expect(twoUp).toBe(1);
    expect(twoUp).toBeGreaterThan(ceo);
    expect(ceo).toBeGreaterThan(peer);
    expect(junior).toBe(0);
  });

  it('follows the program on same-function or cross-functional pairs', () => {
    const sameFunction = person({ id: 's', tier: 'senior_leader', function: 'Technology' });
    const finance = person({ id: 'f', tier: 'senior_leader', function: 'Finance', industries: [] });
    const fit = (preference: MentoringSettings['functionPreference'], mentor: MatchingPerson) =>
      allowedScore(
        scoreMentoringPair(mentee, mentor, settings({ functionPreference: preference }), winter),
      ).factors.find((factor) => factor.factor === 'functionFit')!.value;
    expect(fit('same', sameFunction)).toBe(1);
    expect(fit('same', finance)).toBe(0);
    expect(fit('cross_functional', finance)).toBe(1);
    expect(fit('cross_functional', sameFunction)).toBe(0);
    expect(fit('any', finance)).toBe(fit('any', sameFunction));
  });

  it('counts ranked choices, first choice highest, and names it', () => {
    const first = person({ id: 'm1', tier: 'senior_leader' });
    const second = person({ id: 'm2', tier: 'senior_leader' });
    const choices = settings({ menteeChoices: new Map([['dana', ['m1', 'm2']]]) });
    const one = allowedScore(scoreMentoringPair(mentee, first, choices, winter));
    const two = allowedScore(scoreMentoringPair(mentee, second, choices, winter));
    expect(one.score).toBeGreaterThan(two.score);
    expect(one.reasons).toContain("Dana's first choice");
  });

  it('prefers the mentor whose behavioural profile is alike, and is neutral when a profile is missing', () => {
    const profile = (openness: number, extraversion: number) => ({ points: 5, means: { openness, extraversion } });
    const withProfile = { ...mentee, behaviouralProfile: profile(4, 2) };
    const alike = person({ id: 'alike', tier: 'senior_leader', behaviouralProfile: profile(4, 2.5) });
    const unlike = person({ id: 'unlike', tier: 'senior_leader', behaviouralProfile: profile(1, 5) });
    const unknown = person({ id: 'unknown', tier: 'senior_leader' });
    const fitOf = (mentor: MatchingPerson, who: MatchingPerson = withProfile) =>
      allowedScore(scoreMentoringPair(who, mentor, settings(), winter)).factors.find(
        (factor) => factor.factor === 'profileFit',
      )!;
    expect(fitOf(alike).value).toBeCloseTo(1 - 0.25 / 4, 10);
    expect(fitOf(unlike).value).toBeCloseTo(1 - 3 / 4, 10);
    expect(fitOf(unknown).value).toBe(0.5);
    expect(fitOf(alike, mentee).value).toBe(0.5);
    const score = allowedScore(scoreMentoringPair(withProfile, alike, settings(), winter));
    expect(score.reasons).toContain('Similar working styles in their behavioural profiles');
    expect(score.score).toBeGreaterThan(
      allowedScore(scoreMentoringPair(withProfile, unlike, settings(), winter)).score,
    );
  });

  it('gives a score of 0–100 whose factor points add up, with at most three reasons', () => {
    const mentor = person({
      id: 'x',
      tier: 'senior_leader',
      languages: ['English', 'German'],
      skills: [{ skill: 'decision_making', level: 5 }],
    });
    const score = allowedScore(scoreMentoringPair({ ...mentee, languages: ['German'] }, mentor, settings(), winter));
    expect(score.score).toBeGreaterThanOrEqual(0);
    expect(score.score).toBeLessThanOrEqual(100);
    expect(score.factors.reduce((sum, factor) => sum + factor.points, 0)).toBeCloseTo(score.score, 1);
    expect(score.reasons.length).toBeLessThanOrEqual(3);
    expect(score.reasons).toContain('Both speak German');
  });

  it('lets a program weigh a factor to zero', () => {
    const weights = { ...defaultMentoringWeights, timeZoneOverlap: 0 };
    const far = person({ id: 'far', tier: 'senior_leader', timeZone: 'Pacific/Auckland' });
    const near = person({ id: 'near', tier: 'senior_leader', timeZone: 'Europe/Berlin' });
    const farScore = allowedScore(scoreMentoringPair(mentee, far, settings({ weights }), winter)).score;
    const nearScore = allowedScore(scoreMentoringPair(mentee, near, settings({ weights }), winter)).score;
    expect(farScore).toBe(nearScore);
  });
});

describe('hard rules', () => {
  const rules = (overrides: Partial<HardRules>): HardRules => ({ ...defaultHardRules, ...overrides });

  it('keep pairs out of one’s own reporting line, each switchable', () => {
    const lead = person({ id: 'lead', reportingChain: ['director'] });
    const director = person({ id: 'director' });
    const peer = person({ id: 'peer', reportingChain: ['lead', 'director'] });
    expect(checkHardRules(mentee, lead, defaultHardRules, winter)).toEqual([
      'in the same reporting line (direct manager)',
    ]);
    expect(checkHardRules(mentee, director, defaultHardRules, winter)).toEqual([
      "in the same reporting line (manager's manager)",
    ]);
    expect(checkHardRules(lead, mentee, defaultHardRules, winter)).toHaveLength(1);
    expect(checkHardRules(mentee, peer, defaultHardRules, winter)).toEqual([]);
    const strict = rules({
      reportingLine: { excludeManager: true, excludeManagersManager: true, excludeSameManagerPeers: true },
    });
    expect(checkHardRules(mentee, peer, strict, winter)).toEqual(['peers under the same manager']);
    const loose = rules({
      reportingLine: { excludeManager: false, excludeManagersManager: false, excludeSameManagerPeers: false },
    });
    expect(checkHardRules(mentee, lead, loose, winter)).toEqual([]);
  });

  it('apply must-pair, never-pair, previous pairs and the time-zone limit', () => {
    const mentor = person({ id: 'm', timeZone: 'Asia/Tokyo' });
    expect(checkHardRules(mentee, mentor, rules({ neverPairs: new Set([pairKey('dana', 'm')]) }), winter)).toEqual([
      'on the never-pair list',
    ]);
    expect(checkHardRules(mentee, mentor, rules({ mustPairs: new Map([['dana', 'other']]) }), winter)).toEqual([
      'the mentee must be paired with someone else',
    ]);
    expect(checkHardRules(mentee, mentor, rules({ mustPairs: new Map([['dana', 'm']]) }), winter)).toEqual([]);
    const previous = new Set([pairKey('dana', 'm')]);
    expect(checkHardRules(mentee, mentor, rules({ previousPairs: previous }), winter)).toEqual(['matched before']);
    expect(
      checkHardRules(mentee, mentor, rules({ previousPairs: previous, excludePreviousPairs: false }), winter),
    ).toEqual([]);
    expect(checkHardRules(mentee, mentor, rules({ maxTimeZoneDifferenceHours: 6 }), winter)).toEqual([
      'more than 6 hours apart',
    ]);
    expect(checkHardRules(mentee, mentor, rules({ maxTimeZoneDifferenceHours: 8 }), winter)).toEqual([]);
  });

  it('make the verdict blocked, with the reasons', () => {
    const verdict = scoreMentoringPair(mentee, person({ id: 'lead' }), settings(), winter);
    expect(verdict).toEqual({ isAllowed: false, blockedBy: ['in the same reporting line (direct manager)'] });
  });
});

describe('coaching scores', () => {
  const coach = (overrides: Partial<MatchingCoach>): MatchingCoach => ({
    id: 'coach',
    name: 'Casey Morgan',
    timeZone: 'Europe/London',
    languages: ['English'],
    specialties: [],
    clientTiers: ['frontline_manager', 'middle_manager'],
    ...overrides,
  });

  it('follows the competencies the leader must build and the seniority the coach serves', () => {
    const labels = new Map([['decision_making', 'Decision making']]);
    const specialist = scoreCoachingPair(
      mentee,
      coach({ specialties: ['decision_making', 'strategic_thinking'] }),
      defaultCoachingWeights,
      labels,
      winter,
    );
    const partial = scoreCoachingPair(
      mentee,
      coach({ specialties: ['decision_making'] }),
      defaultCoachingWeights,
      labels,
      winter,
    );
    const executiveCoach = scoreCoachingPair(
      mentee,
      coach({ specialties: ['decision_making', 'strategic_thinking'], clientTiers: ['executive'] }),
      defaultCoachingWeights,
      labels,
      winter,
    );
    expect(specialist.score).toBeGreaterThan(partial.score);
    expect(specialist.score).toBeGreaterThan(executiveCoach.score);
    expect(specialist.reasons[0]).toBe('Specialises in decision making and strategic thinking');
    expect(specialist.reasons).toContain('Coaches frontline managers');
  });
});

describe('quick scores', () => {
  const competencies = ['decision_making', 'strategic_thinking', 'coaching_others', 'conflict_management'];
  const zones = ['Europe/Berlin', 'America/Toronto', 'Asia/Singapore', 'Asia/Kolkata', 'UTC'];
  const tiers = [
    'individual_contributor',
    'frontline_manager',
    'middle_manager',
    'senior_leader',
    'executive',
  ] as const;
  const arbitraryPerson = (id: string) =>
    fc.record({
      id: fc.constant(id),
      name: fc.constantFrom('Ana Ruiz', 'Ben Ode', 'Chen Li'),
      tier: fc.constantFrom(...tiers),
      function: fc.constantFrom('Technology', 'Sales', ''),
      industries: fc.subarray(['Aviation', 'Banking', 'Retail']),
      yearsOfExperience: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
      timeZone: fc.constantFrom(...zones),
      languages: fc.subarray(['English', 'German', 'French']),
      developmentCompetencies: fc.array(fc.constantFrom(...competencies), { maxLength: 4 }),
      skills: fc.array(fc.record({ skill: fc.constantFrom(...competencies), level: fc.integer({ min: 1, max: 5 }) }), {
        maxLength: 4,
      }),
      reportingChain: fc.subarray(['boss', 'chief', id === 'a' ? 'b' : 'a']),
      behaviouralProfile: fc.option(
        fc.record({
          points: fc.constant(5),
          means: fc.record({
            openness: fc.option(fc.double({ min: 1, max: 5, noNaN: true }), { nil: null }),
            extraversion: fc.double({ min: 1, max: 5, noNaN: true }),
          }),
        }),
        { nil: null },
      ),
    });
  const arbitraryWeights = fc.record({
    complementaryFit: fc.integer({ min: 0, max: 50 }),
    seniorityGap: fc.integer({ min: 0, max: 50 }),
    functionFit: fc.integer({ min: 0, max: 50 }),
    timeZoneOverlap: fc.integer({ min: 0, max: 50 }),
    sharedLanguage: fc.integer({ min: 0, max: 50 }),
    preferences: fc.integer({ min: 0, max: 50 }),
    profileFit: fc.integer({ min: 0, max: 50 }),
  });

  it('equal the explained scores and the hard rules, pair for pair', () => {
    fc.assert(
      fc.property(
        arbitraryPerson('a'),
        arbitraryPerson('b'),
        arbitraryWeights,
        fc.constantFrom<FunctionPreference>('same', 'cross_functional', 'any'),
        fc.boolean(),
        fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }),
        fc.constantFrom(winter, summer),
        (first, second, weights, functionPreference, isChosen, maxHours, at) => {
          const rules: HardRules = {
            ...defaultHardRules,
            reportingLine: { excludeManager: true, excludeManagersManager: true, excludeSameManagerPeers: isChosen },
            maxTimeZoneDifferenceHours: maxHours,
            neverPairs: new Set(isChosen ? [pairKey('a', 'b')] : []),
          };
          const current = settings({
            weights,
            functionPreference,
            rules,
            menteeChoices: new Map(isChosen ? [['a', ['x', 'b']]] : []),
          });
          const verdict = scoreMentoringPair(first, second, current, at);
          expect(mentoringScore(first, second, current, at)).toBe(verdict.isAllowed ? verdict.score.score : null);
          expect(isPairAllowed(first, second, rules, at)).toBe(checkHardRules(first, second, rules, at).length === 0);
          const coach = {
            id: second.id,
            name: second.name,
            timeZone: second.timeZone,
            languages: second.languages,
            specialties: second.skills.map((skill) => skill.skill),
            clientTiers: [second.tier],
          };
          expect(coachingScore(first, coach, defaultCoachingWeights, at)).toBe(
            scoreCoachingPair(first, coach, defaultCoachingWeights, new Map(), at).score,
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
