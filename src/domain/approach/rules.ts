import type { DefaultCompetencyKey } from '../competencies/index.js';
import type { Approach, DevelopmentNeed, LeaderProfile, NeedKind } from './approach.js';

export type RuleContext = {
  need: DevelopmentNeed;
  leader: LeaderProfile;
  /** The rules earlier in the table that fired: the guard and combination rules look back at them. */
  firedBefore: readonly ApproachRule[];
};

export type ApproachRule = {
  /** Stable kebab-case id: stored with every recommendation, so never rename one. */
  id: string;
  title: string;
  /** One or two plain sentences an admin reads before deciding whether to overrule. */
  explanation: string;
  favours: Approach;
  /** Competencies to target when the need names none. */
  impliedCompetencies: readonly DefaultCompetencyKey[];
  applies: (context: RuleContext) => boolean;
};

/** A coaching engagement typically runs 6 to 12 months; a longer horizon is mentoring territory. */
const coachingHorizonMonths = 12;

const names =
  (...kinds: NeedKind[]) =>
  ({ need }: RuleContext): boolean =>
    need.kinds.some((kind) => kinds.includes(kind));

const isSeniorTier = (leader: LeaderProfile): boolean => leader.tier === 'executive' || leader.tier === 'senior_leader';

const someFavour = (rules: readonly ApproachRule[], approach: Approach): boolean =>
  rules.some((rule) => rule.favours === approach);

/**
 * Every rule of the approach decision, in the order they are checked and shown.
 * Written in our own words from the guidance in PRODUCT.md; see approach.ts for how they combine.
 */
export const approachRules: readonly ApproachRule[] = [
  {
    id: 'specific-performance-gap',
    title: 'A specific, measurable performance gap',
    explanation:
      'The leader falls short today in a way that can be measured. A coach works on it with agreed goals and checks progress against them.',
    favours: 'coaching',
    impliedCompetencies: [],
    applies: names('specific_measurable_gap'),
  },
  {
    id: 'role-transition',
    title: 'Stepping into a new role',
    explanation:
      'The leader is moving into a different role and must change how they work. A time-bound coaching engagement helps the new habits settle quickly.',
    favours: 'coaching',
    impliedCompetencies: [],
    applies: names('role_transition'),
  },
  {
    id: 'high-stakes-transition',
    title: 'A high-stakes transition',
    explanation:
      'The leader faces a move where mistakes are costly, such as a step up to executive level. Coaching gives structured support and clear goals through the change.',
    favours: 'coaching',
    impliedCompetencies: ['decision_making'],
    applies: names('high_stakes_transition', 'executive_transition'),
  },
  {
    id: 'targeted-skill',
    title: 'A particular skill to build',
    explanation:
      'The need is one leadership skill, such as presence, decisions, handling conflict or communicating. A coach builds skills like these through practice and feedback.',
    favours: 'coaching',
    impliedCompetencies: [],
    applies: names('skill_to_build'),
  },
  {
    id: 'measured-change-in-set-time',
    title: 'Measured change within a year',
    explanation:
      'Outcomes must be measured and the horizon fits a coaching engagement of twelve months or less. Coaching is built around goals and checkpoints; mentoring is not.',
    favours: 'coaching',
    impliedCompetencies: [],
    applies: ({ need }) => need.mustMeasureOutcomes && need.timeHorizonMonths <= coachingHorizonMonths,
  },
  {
    id: 'high-potential-grooming',
    title: 'Preparing a high-potential leader',
    explanation:
      'The leader is being readied for bigger roles later on. A senior mentor who has held such roles passes on what they demand, over time.',
    favours: 'mentoring',
    impliedCompetencies: [],
    applies: names('high_potential_grooming'),
  },
  {
    id: 'knowledge-transfer',
    title: 'Passing on institutional knowledge',
    explanation:
      'Knowledge that lives in experienced people has to reach this leader. That happens best in a lasting relationship with someone who holds it.',
    favours: 'mentoring',
    impliedCompetencies: [],
    applies: names('knowledge_transfer'),
  },
  {
    id: 'cultural-integration',
    title: 'Settling into the culture',
    explanation:
      'The leader needs to learn how this organization really works, including its unwritten norms. A mentor from inside is the natural guide.',
    favours: 'mentoring',
    impliedCompetencies: [],
    applies: names('cultural_integration'),
  },
  {
    id: 'succession',
    title: 'Succession planning',
    explanation:
      'The leader is being readied to take over a key role one day. A mentor who knows that role builds their readiness over the long run.',
    favours: 'mentoring',
    impliedCompetencies: [],
    applies: names('succession'),
  },
  {
    id: 'long-term-career-perspective',
    title: 'Long-term career perspective',
    explanation:
      'The leader is after confidence and a wider view of their career rather than a fix for today. That is what an experienced mentor offers.',
    favours: 'mentoring',
    impliedCompetencies: [],
    applies: names('long_term_career_perspective'),
  },
  {
    id: 'high-potential-pipeline',
    title: 'A high-potential leader with a long horizon',
    explanation:
      'The leader is flagged as high-potential and the horizon runs past a year. A mentor helps keep them and grow them for future roles.',
    favours: 'mentoring',
    impliedCompetencies: [],
    applies: ({ need, leader }) => leader.isHighPotential && need.timeHorizonMonths > coachingHorizonMonths,
  },
  {
    id: 'long-horizon-without-metrics',
    title: 'A long horizon with nothing to measure',
    explanation:
      'The horizon runs past a year and no outcome has to be measured. Open-ended growth like this suits a mentoring relationship.',
    favours: 'mentoring',
    impliedCompetencies: [],
    applies: ({ need }) => !need.mustMeasureOutcomes && need.timeHorizonMonths > coachingHorizonMonths,
  },
  {
    id: 'c-suite-transition',
    title: 'A senior leader heading for the C-suite',
    explanation:
      'A senior leader moving into a top executive role needs a coach for the immediate demands of the move and a mentor who has made it before. Both run at the same time.',
    favours: 'both',
    impliedCompetencies: ['executive_presence', 'strategic_thinking'],
    applies: ({ need, leader }) => need.kinds.includes('executive_transition') && isSeniorTier(leader),
  },
  {
    id: 'urgent-need-never-mentor-alone',
    title: 'An urgent need is never left to a mentor alone',
    explanation:
      'The need is urgent, and mentoring has no timeline or measured goals to meet it with. A coach is added for the near-term work while the mentor keeps the long view.',
    favours: 'coaching',
    impliedCompetencies: [],
    // Fires only when it changes the outcome: without it the answer would be mentoring alone.
    applies: ({ need, firedBefore }) =>
      need.urgency === 'urgent' &&
      someFavour(firedBefore, 'mentoring') &&
      !someFavour(firedBefore, 'coaching') &&
      !someFavour(firedBefore, 'both'),
  },
  {
    id: 'near-term-and-long-term',
    title: 'Near-term and long-term needs together',
    explanation:
      'Some signals call for near-term, measured change and others for long-term growth. A coach and a mentor working side by side cover both.',
    favours: 'both',
    impliedCompetencies: [],
    applies: ({ firedBefore }) => someFavour(firedBefore, 'coaching') && someFavour(firedBefore, 'mentoring'),
  },
  {
    id: 'no-clear-signal-default',
    title: 'No clear signal: start with coaching',
    explanation:
      'Nothing in the need points either way. A coaching engagement starts by setting clear goals, and an admin can add a mentor once a long-term need shows.',
    favours: 'coaching',
    impliedCompetencies: [],
    applies: ({ firedBefore }) => firedBefore.length === 0,
  },
];
