/**
 * Choosing the development approach for a leader: coaching, mentoring, or both at once.
 *
 * How the decision is made:
 * - The rules in `approachRules` (rules.ts) are checked in table order. Each rule that applies "fires"
 *   and favours `coaching`, `mentoring` or `both`. Every fired rule is returned, in table order,
 *   whatever order the need listed its kinds in, so an admin sees why and can overrule knowingly.
 * - Every kind of need maps to at least one rule. On top of that: a horizon of twelve months or
 *   less with measured outcomes leans coaching (it fits a 6–12 month engagement); a horizon beyond
 *   twelve months with nothing to measure leans mentoring; a leader flagged high-potential with a
 *   horizon beyond twelve months leans mentoring.
 * - Combining: the approach is the union of what the fired rules favour. Coaching and mentoring
 *   signals together give `both` (and the `near-term-and-long-term` rule fires to say so); a rule
 *   favouring `both` gives `both`; otherwise the one approach that was favoured.
 * - An executive-level transition of a senior leader or executive gives `both` (`c-suite-transition`).
 *   For other tiers it is a high-stakes transition and gives coaching.
 * - An urgent need is never left to a mentor alone. An urgent specific gap always fires its own
 *   coaching rule; for any other urgent need where only mentoring rules fired, the
 *   `urgent-need-never-mentor-alone` rule fires, adds a coach and so gives `both`. That rule appears
 *   only when it changes the outcome.
 * - `rules` is never empty: when nothing else fires (a need with no kinds), `no-clear-signal-default`
 *   fires and recommends coaching, whose first sessions pin the goals down.
 *
 * Target competencies: the need's own competencies, in the order given, without duplicates. When
 * the need names none, the competencies implied by the fired transition rules (in table order,
 * without duplicates): a high-stakes transition implies decision making, a C-suite transition
 * executive presence and strategic thinking. Nothing else is invented: a skill to build or a
 * performance gap with no named competency gets none, since only the leader or admin knows which.
 */
import { approachRules } from './rules.js';
import type { ApproachRule } from './rules.js';

export const needKinds = [
  'specific_measurable_gap',
  'role_transition',
  'high_stakes_transition',
  'executive_transition',
  'skill_to_build',
  'high_potential_grooming',
  'knowledge_transfer',
  'cultural_integration',
  'succession',
  'long_term_career_perspective',
] as const;
export type NeedKind = (typeof needKinds)[number];

export const urgencies = ['low', 'normal', 'urgent'] as const;
export type Urgency = (typeof urgencies)[number];

export const approaches = ['coaching', 'mentoring', 'both'] as const;
export type Approach = (typeof approaches)[number];

export const leaderTiers = [
  'executive',
  'senior_leader',
  'middle_manager',
  'frontline_manager',
  'individual_contributor',
] as const;
export type LeaderTier = (typeof leaderTiers)[number];

/** A leader's development need, as the admin or the leader describes it. `kinds` holds at least one kind. */
export type DevelopmentNeed = {
  kinds: readonly NeedKind[];
  urgency: Urgency;
  timeHorizonMonths: number;
  mustMeasureOutcomes: boolean;
  competencies: readonly string[];
};

/** What the decision needs to know about the leader themselves. */
export type LeaderProfile = {
  tier: LeaderTier;
  isHighPotential: boolean;
};

export type FiredRule = {
  id: string;
  title: string;
  explanation: string;
  favours: Approach;
};

export type ApproachRecommendation = {
  approach: Approach;
  /** Every rule that fired, in the order of the rule table. Never empty. */
  rules: FiredRule[];
  targetCompetencies: string[];
};

/**
 * Recommends coaching, mentoring or both for a development need, with every rule that fired.
 *
 * @example
 * recommendApproach(
 *   { kinds: ['executive_transition'], urgency: 'normal', timeHorizonMonths: 9, mustMeasureOutcomes: true, competencies: [] },
 *   { tier: 'senior_leader', isHighPotential: false },
 * ).approach; // 'both'
 */
export function recommendApproach(need: DevelopmentNeed, leader: LeaderProfile): ApproachRecommendation {
  const fired: ApproachRule[] = [];
  for (const rule of approachRules) {
    if (rule.applies({ need, leader, firedBefore: fired })) fired.push(rule);
  }
  return {
    approach: combine(fired.map((rule) => rule.favours)),
    rules: fired.map(({ id, title, explanation, favours }) => ({ id, title, explanation, favours })),
    targetCompetencies: targetCompetencies(need, fired),
  };
}

function combine(favoured: readonly Approach[]): Approach {
  const wantsCoaching = favoured.some((approach) => approach !== 'mentoring');
  const wantsMentoring = favoured.some((approach) => approach !== 'coaching');
  if (wantsCoaching && wantsMentoring) return 'both';
  return wantsMentoring ? 'mentoring' : 'coaching';
}

function targetCompetencies(need: DevelopmentNeed, fired: readonly ApproachRule[]): string[] {
  const named = need.competencies.length > 0;
  const keys = named ? need.competencies : fired.flatMap((rule) => rule.impliedCompetencies);
  return [...new Set(keys)];
}
